// Lines of each React component (issue 24: none over about 80), longest first: a capitalised function in a .tsx
// file, or one wrapped in memo or forwardRef, from its first line to the closing brace at the start of a line.
// Usage: node scripts/component-lines.mjs [least lines shown, default 60]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const least = Number(process.argv[2] ?? 60);
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : [];
  });

const rows = files(root).flatMap((path) => {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines.flatMap((line, start) => {
    const name = /^(?:export )?(?:default )?function ([A-Z]\w*)\s*[(<]/.exec(line)?.[1] ?? /^(?:export )?const ([A-Z]\w*) = (?:forwardRef|memo)/.exec(line)?.[1];
    if (!name) return [];
    let end = start;
    while (end < lines.length && !/^\}\)?\)?;?\s*$/.test(lines[end] ?? '')) end += 1;
    return [{ lines: end - start + 1, name, file: relative(root, path) }];
  });
});
for (const row of rows.sort((a, b) => b.lines - a.lines).filter((row) => row.lines >= least)) console.log(`${String(row.lines).padStart(4)}  ${row.name.padEnd(28)} src/${row.file}`);

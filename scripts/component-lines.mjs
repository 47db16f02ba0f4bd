// Lines of each React component (issue 24: none over about 80), longest first: a capitalised function in a .tsx
// file, one wrapped in memo or forwardRef, or an arrow function held in a capitalised const, from its first line to
// the closing brace (or an arrow's closing parenthesis) at the start of a line.
// tests/unit/component-lines.test.ts fails when one passes `componentLineLimit`, so `npm test` holds the limit.
// Usage: node scripts/component-lines.mjs [least lines shown, default 60]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Past this many lines a component fails the unit test: about 80 is the aim, 90 the bound (issue 24). */
export const componentLineLimit = 90;

const sourceRoot = resolve(import.meta.dirname, '..', 'src');

function tsxFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Each component in one file's text: its name, its first line (1-based) and its length in lines. */
export function componentsIn(text) {
  const lines = text.split('\n');
  return lines.flatMap((line, start) => {
    const name =
      /^(?:export )?(?:default )?function ([A-Z]\w*)\s*[(<]/.exec(line)?.[1] ??
      /^(?:export )?const ([A-Z]\w*)(?::[^=]+)? = (?:forwardRef|memo|\(|async \()/.exec(line)?.[1];
    if (!name) return [];
    let end = start;
    while (end < lines.length && !/^(?:\}\)?\)?|\));?\s*$/.test(lines[end] ?? '')) end += 1;
    return [{ name, line: start + 1, lines: end - start + 1 }];
  });
}

/** Every component under `root` (src by default, tests left out), longest first, with its file relative to `root`'s parent. */
export function componentLines(root = sourceRoot) {
  const rows = tsxFiles(root).flatMap((path) => componentsIn(readFileSync(path, 'utf8')).map((row) => ({ ...row, file: relative(resolve(root, '..'), path) })));
  return rows.sort((a, b) => b.lines - a.lines);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const least = Number(process.argv[2] ?? 60);
  for (const row of componentLines().filter((row) => row.lines >= least)) console.log(`${String(row.lines).padStart(4)}  ${row.name.padEnd(28)} ${row.file}`);
}

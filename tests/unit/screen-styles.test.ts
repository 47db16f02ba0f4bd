import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each lazily loaded screen must carry its own styles: a class it uses must be defined in the stylesheet
// loaded at start (app.css and its @imports) or in a stylesheet that the screen's own modules import, never
// only in another screen's stylesheet, which is there only if that screen happened to load first.
const src = resolve(import.meta.dirname, '..', '..', 'src');
const read = (file: string) => readFileSync(file, 'utf8');
const classesIn = (css: string) => new Set(Array.from(css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.([a-zA-Z][\w-]*)/g), (match) => match[1] ?? ''));

function cssWithImports(file: string): string {
  const css = read(file);
  return [css, ...Array.from(css.matchAll(/@import '([^']+\.css)'/g), (match) => cssWithImports(resolve(dirname(file), match[1] ?? '')))].join('\n');
}

/** The module and what it imports from src (not following into other features), with the CSS they import. */
function stylesOf(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = read(file);
  const imports = Array.from(code.matchAll(/^import (?:[^'"]+ from )?'(\.[^']+)';/gm), (match) => resolve(dirname(file), match[1] ?? ''));
  return imports.flatMap((target) => {
    if (target.endsWith('.css')) return [cssWithImports(target)];
    const module = ['.tsx', '.ts']
      .map((extension) => target + extension)
      .find((candidate) => readdirSync(dirname(candidate)).includes(candidate.slice(dirname(candidate).length + 1)));
    return module ? stylesOf(module, seen) : [];
  });
}

const atStart = classesIn(cssWithImports(join(src, 'app', 'app.css')));
// Every class some stylesheet styles; a class no stylesheet mentions (a test hook) needs none.
const styledAnywhere = new Set(
  readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .flatMap((entry) => [...classesIn(read(join(entry.parentPath, entry.name)))]),
);
const features = readdirSync(join(src, 'features'));

describe('screen styles', () => {
  it.each(features)('the %s screens define every class they use, whichever screen loaded first', (feature) => {
    const folder = join(src, 'features', feature);
    const modules = readdirSync(folder).filter((name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'));
    const available = new Set([...atStart, ...modules.flatMap((name) => stylesOf(join(folder, name))).flatMap((css) => [...classesIn(css)])]);
    const used = modules.flatMap((name) =>
      Array.from(read(join(folder, name)).matchAll(/className=(?:\{`|\{'|\{"|"|')([^"'`]+)/g), (match) =>
        (match[1] ?? '').split(/\s+/).filter((name) => /^[a-z][\w-]*$/.test(name)),
      ).flat(),
    );
    expect([...new Set(used)].filter((name) => styledAnywhere.has(name) && !available.has(name))).toEqual([]);
  });
});

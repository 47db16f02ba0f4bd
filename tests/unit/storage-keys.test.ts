import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../src/lib/storage-keys';

const src = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));

describe('the browser storage the app writes', () => {
  it('is reached only through lib/safe-storage.ts (and the start-up script, which reads the language before any module, and the scroll positions of this tab)', () => {
    const direct = files.filter((file) => /\b(localStorage|sessionStorage)\b/.test(file.text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    const allowed = ['lib/safe-storage.ts', 'lib/screen-arrival.ts', 'main.tsx'];
    expect(direct.map((file) => file.path).filter((path) => !allowed.includes(path))).toEqual([]);
    expect(direct.map((file) => file.path)).toContain('lib/safe-storage.ts');
    // screen-arrival keeps only this tab's scroll positions, in sessionStorage, never the user's data.
    expect(files.find((file) => file.path === 'lib/screen-arrival.ts')?.text).not.toMatch(/localStorage/);
  });

  it('is under the keys of lib/storage-keys.ts only: no other module writes a key of its own', () => {
    const keyLike = /'cio-skills-compass(:[\w-]*:?|-organisation|-catalogue)'/;
    const elsewhere = files.filter((file) => file.path !== 'lib/storage-keys.ts' && keyLike.test(file.text));
    expect(elsewhere.map((file) => file.path)).toEqual([]);
    const keys = Object.values(storageKeys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

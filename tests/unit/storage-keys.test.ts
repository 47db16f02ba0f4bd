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

  it('keeps evidence files in IndexedDB, reached only through lib/evidence-store.ts, never in localStorage', () => {
    const direct = files.filter((file) => /\bindexedDB\b|from 'idb'/.test(file.text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(direct.map((file) => file.path)).toEqual(['lib/evidence-store.ts']);
  });

  it('is under the keys of lib/storage-keys.ts only: no other module writes a key of its own', () => {
    const keyLike = /'cio-skills-compass(:[\w-]*:?|-organisation|-catalogue|-evidence)'/;
    // The IndexedDB database of evidence files is named in the one module that opens it, which loads lazily.
    const keyHomes = ['lib/storage-keys.ts', 'lib/evidence-store.ts'];
    const elsewhere = files.filter((file) => !keyHomes.includes(file.path) && keyLike.test(file.text));
    expect(elsewhere.map((file) => file.path)).toEqual([]);
    const keys = Object.values(storageKeys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkCycles } from '../../scripts/check-size-budgets.mjs';

/** A dist folder holding only a manifest of these chunks, each with its static imports. */
function distWith(imports: Record<string, string[]>): string {
  const dist = mkdtempSync(join(tmpdir(), 'chunks-'));
  mkdirSync(join(dist, '.vite'));
  const manifest = Object.fromEntries(Object.entries(imports).map(([key, list]) => [key, { file: `assets/${key}.js`, imports: list }]));
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dist;
}

describe('the size check refuses chunks that import each other', () => {
  it('names a cycle of static imports, which can run a chunk before the schemas it uses', () => {
    expect(chunkCycles(distWith({ entry: ['store-a'], 'store-a': ['store-b', 'zod'], 'store-b': ['store-a'], zod: [] }))).toEqual([
      'assets/store-a.js -> assets/store-b.js -> assets/store-a.js',
    ]);
  });

  it('finds none in a graph where chunks share imports without a cycle', () => {
    expect(chunkCycles(distWith({ entry: ['store', 'screen'], store: ['zod'], screen: ['store', 'zod'], zod: [] }))).toEqual([]);
  });
});

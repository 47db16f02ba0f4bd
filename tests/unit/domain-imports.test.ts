import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Lint's import-x/no-cycle ignores `import type`, so a cycle half made of types (assessment.ts ↔ plan.ts once) passes it.
// The domain's sub-folders are layered by lint (eslint.config.js, domainLayers); this finds a cycle within one too.
const domain = join(import.meta.dirname, '..', '..', 'src', 'domain');
const modules = readdirSync(domain, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

function localImports(file: string): string[] {
  const source = readFileSync(join(domain, file), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[\w/.-]+)'/gm)].map((match) =>
    relative(domain, normalize(join(domain, dirname(file), `${match[1]}.ts`))),
  );
}

function cycles(): string[][] {
  const graph = new Map(modules.map((file) => [file, localImports(file)]));
  const found: string[][] = [];
  const done = new Set<string>();
  function visit(file: string, path: string[]): void {
    const start = path.indexOf(file);
    if (start >= 0) return void found.push([...path.slice(start), file]);
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  }
  for (const file of modules) visit(file, []);
  return found;
}

describe('src/domain', () => {
  it('has no import cycle, counting type-only imports', () => {
    expect(modules.length).toBeGreaterThan(10);
    // Every import resolves to a module of the domain (a path the graph knows).
    const unknown = modules.flatMap((file) =>
      localImports(file)
        .filter((target) => !modules.includes(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(unknown).toEqual([]);
    expect(cycles()).toEqual([]);
  });

  it('keeps every module in a subject folder that imports only itself and the folders before it', () => {
    // The order is eslint.config.js's domainLayers (lint checks the same with one zone a folder; this also counts tests).
    const config = readFileSync(join(import.meta.dirname, '..', '..', 'eslint.config.js'), 'utf8');
    const layers = JSON.parse((/const domainLayers = (\[[^\]]*\])/.exec(config)?.[1] ?? '[]').replaceAll("'", '"')) as string[];
    expect(layers).toEqual(['shared', 'calendar', 'profile', 'assessment', 'scoring', 'files', 'organisation']);
    const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] ?? '') : '');
    const all = readdirSync(domain, { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file));
    expect(all.filter((file) => !layers.includes(folderOf(file)))).toEqual([]);
    const upward = all.flatMap((file) =>
      localImports(file)
        .filter((target) => layers.indexOf(folderOf(target)) > layers.indexOf(folderOf(file)))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});

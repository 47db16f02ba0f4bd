import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Lint's import-x/no-cycle ignores `import type`, so a cycle half made of types (assessment.ts ↔ plan.ts once) passes it.
const domain = join(import.meta.dirname, '..', '..', 'src', 'domain');
const modules = readdirSync(domain).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

function localImports(file: string): string[] {
  const source = readFileSync(join(domain, file), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'\.\/([\w-]+)'/gm)].map((match) => `${match[1]}.ts`);
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
    expect(cycles()).toEqual([]);
  });
});

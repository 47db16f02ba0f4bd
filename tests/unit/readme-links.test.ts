import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');

describe('the README', () => {
  it('links only to files inside the repository that exist (the style and layout rules are in docs/)', () => {
    const outside = targets.filter(
      (target) => /^[a-z]+:/i.test(target) || relative(root, resolve(root, target)).startsWith('..') || !existsSync(join(root, target)),
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(targets).toContain('docs/decisions/014-one-home-routes-forms-messages.md');
  });
});

import { describe, expect, it } from 'vitest';
import { componentLineLimit, componentLines, componentsIn } from '../../scripts/component-lines.mjs';

/** A component of `body` lines between its first line and its closing brace. */
function componentOf(firstLine: string, body: number, last = '}'): string {
  return [firstLine, ...Array.from({ length: body }, (_, index) => `  const line${index} = ${index};`), last].join('\n');
}

describe('components stay short (issue 24: none over about 80 lines)', () => {
  it(`has no component in src over ${componentLineLimit} lines: split a longer one by what each part shows`, () => {
    const over = componentLines()
      .filter((row) => row.lines > componentLineLimit)
      .map((row) => `${row.name} (${row.file}:${row.line}) is ${row.lines} lines`);
    expect(over).toEqual([]);
  });

  it('finds components in src, so an empty list cannot pass by measuring nothing', () => {
    const names = componentLines().map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['App', 'Screen', 'ProfileScreen', 'ProficiencyItemView', 'RefusalNotice']));
  });

  it('measures every way a component is written, from its first line to its closing line', () => {
    const text = [
      componentOf('export function Plain({ a }: { a: string }) {', 3),
      componentOf('function Generic<T>(props: { value: T }) {', 1),
      componentOf('export const Kept = memo(function Kept(props: { id: string }) {', 2, '});'),
      componentOf('export const Forwarded = forwardRef<HTMLDivElement, object>(function Forwarded(', 2, '});'),
      componentOf('export const Arrow = ({ id }: { id: string }) => (', 4, ');'),
      componentOf('function helper(value: number) {', 5),
    ].join('\n\n');
    expect(componentsIn(text).map(({ name, lines }) => [name, lines])).toEqual([
      ['Plain', 5],
      ['Generic', 3],
      ['Kept', 4],
      ['Forwarded', 4],
      ['Arrow', 6],
    ]);
  });

  it(`names a component one line past ${componentLineLimit}`, () => {
    const [row] = componentsIn(componentOf('export function Long() {', componentLineLimit - 1));
    expect(row?.lines).toBe(componentLineLimit + 1);
  });
});

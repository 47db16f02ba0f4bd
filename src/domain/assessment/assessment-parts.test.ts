import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { assessmentSchema, type Assessment } from './assessment';
import { mergeBy } from './assessment-merge';
import { assessmentParts, partsBy, type PartRules, type Whole } from './assessment-parts';
import { canonicalText } from '../shared/canonical-text';

describe('the declaration of an assessment’s parts', () => {
  it('covers every field of the schema: a field without a declaration does not compile', () => {
    // @ts-expect-error: `priority` has no declaration of how it merges.
    const withNewField: PartRules<Assessment & { priority: string }> = assessmentParts;
    // Every field of the schema, read from the schema itself: a new field needs no change here.
    expect(Object.keys(withNewField).sort()).toEqual(Object.keys(assessmentSchema.shape).sort());
  });

  it('cuts an assessment into its named parts', () => {
    const assessment = makeAssessment({ title: 'x', ratings: { 'unit:DG100': { level: 2 } }, actions: [], rounds: [] });
    // Each field kept whole is one part under its name, whether set or not; by key, one part a key; by id, one an element.
    const wholeParts = Object.values(assessmentParts).flatMap((rule) => (rule.merge === 'whole' ? [rule.part] : []));
    expect(Object.keys(partsBy(assessmentParts, assessment)).sort()).toEqual([...wholeParts, 'r:unit:DG100'].sort());
    expect(wholeParts).toEqual(expect.arrayContaining(['appointee', 'basis', 'rounds', 'title']));
  });
});

/**
 * A field added in a test build (`tags` by key, `priority` whole): declared, it merges like the others, keeping both
 * tabs' edits of different keys, the later edit of the same part, in either order of merging.
 */
describe('a field added to the schema and declared', () => {
  const rules = { ...assessmentParts, tags: { merge: 'by-key', prefix: 't:' }, priority: { merge: 'whole', part: 'priority' } } as const;
  const base: Whole = { ...makeAssessment(), tags: {}, priority: 'low' };
  const edit = fc.record({ tab: fc.constantFrom('a', 'b'), key: fc.constantFrom('k1', 'k2', 'k3', 'priority'), value: fc.string({ maxLength: 3 }) });

  it('keeps both tabs’ edits of it, the later winning per part, whatever the order of merging', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const tabs = { a: { whole: base, clock: {} as Record<string, number> }, b: { whole: base, clock: {} as Record<string, number> } };
        const latest = new Map<string, { value: string; time: number; tab: 'a' | 'b' }>();
        edits.forEach((change, index) => {
          const tab = tabs[change.tab];
          const time = index + 1;
          const part = change.key === 'priority' ? 'priority' : `t:${change.key}`;
          tab.whole =
            change.key === 'priority'
              ? { ...tab.whole, priority: change.value }
              : { ...tab.whole, tags: { ...(tab.whole.tags as object), [change.key]: change.value } };
          tab.clock = { ...tab.clock, [part]: time };
          latest.set(part, { value: change.value, time, tab: change.tab });
        });
        const choose = (ourClock: Record<string, number>, theirClock: Record<string, number>) => (part: string, x: unknown, y: unknown) =>
          (ourClock[part] ?? 0) !== (theirClock[part] ?? 0)
            ? (ourClock[part] ?? 0) > (theirClock[part] ?? 0)
              ? 'ours'
              : 'theirs'
            : canonicalText(x) >= canonicalText(y)
              ? 'ours'
              : 'theirs';
        const names = new Set([...Object.keys(tabs.a.clock), ...Object.keys(tabs.b.clock)]);
        const ab = mergeBy(rules, tabs.a.whole, tabs.b.whole, choose(tabs.a.clock, tabs.b.clock), names);
        const ba = mergeBy(rules, tabs.b.whole, tabs.a.whole, choose(tabs.b.clock, tabs.a.clock), names);
        expect(canonicalText(ab)).toBe(canonicalText(ba));
        for (const [part, { value }] of latest) {
          if (part === 'priority') expect(ab.priority).toBe(value);
          else expect((ab.tags as Record<string, string>)[part.slice(2)]).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

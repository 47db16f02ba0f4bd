import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { canonicalText } from '../shared/canonical-text';
import { changedParts, recordChanges } from './item-clocks';
import { mergeStoredStates } from './merge-states';
import { initialStoredState, type StoredState } from './stored-state';
import type { Assessment } from './assessment';
import { makeReview } from '../../testing/review-factory';

const base = makeAssessment({ id: 'shared-1' });
const start: StoredState = recordChanges(initialStoredState, { ...initialStoredState, assessments: { [base.id]: base } }, 1);

function edit(state: StoredState, time: number, change: (assessment: Assessment) => Assessment): StoredState {
  const current = state.assessments[base.id];
  if (!current) throw new Error('missing');
  return recordChanges(state, { ...state, assessments: { ...state.assessments, [base.id]: change(current) } }, time);
}
const rate =
  (key: string, level: 0 | 1 | 2 | 3 | 4) =>
  (a: Assessment): Assessment => ({ ...a, ratings: { ...a.ratings, [key]: { ...a.ratings[key], level } } });

describe('changedParts', () => {
  it('names exactly the parts that differ', () => {
    const after = rate('unit:DG100', 2)({ ...base, experience: { 'study-visit': { status: 'some' } } });
    expect(changedParts(base, after).sort()).toEqual(['e:study-visit', 'r:unit:DG100']);
    expect(changedParts(base, base)).toEqual([]);
  });

  it('counts an equal part in a new object as unchanged, and a changed one in the same place as changed', () => {
    const rated = rate('unit:DG100', 2)(base);
    expect(changedParts(rated, rate('unit:DG100', 2)(rated))).toEqual([]);
    expect(changedParts(rated, { ...rated, ratings: { ...rated.ratings } })).toEqual([]);
    expect(changedParts(rated, rate('unit:DG100', 3)(rated))).toEqual(['r:unit:DG100']);
  });
});

describe('mergeStoredStates', () => {
  it('keeps both tabs’ edits of different items, whichever merges first', () => {
    const tabA = edit(start, 10, rate('unit:DG100', 1));
    const tabB = edit(start, 11, rate('unit:DT100', 4));
    const ab = mergeStoredStates(tabA, tabB);
    const ba = mergeStoredStates(tabB, tabA);
    expect(canonicalText(ab)).toBe(canonicalText(ba));
    expect(ab.assessments[base.id]?.ratings).toEqual({ 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } });
  });

  it('keeps a review imported in one tab and a rating made in the other (issue 15)', () => {
    const review = makeReview({ assessmentId: base.id });
    const tabA = edit(start, 30, (a) => ({ ...a, reviews: [review] }));
    const tabB = edit(start, 31, rate('unit:DT100', 2));
    for (const merged of [mergeStoredStates(tabA, tabB), mergeStoredStates(tabB, tabA)]) {
      expect(merged.assessments[base.id]?.reviews).toEqual([review]);
      expect(merged.assessments[base.id]?.ratings['unit:DT100']).toEqual({ level: 2 });
    }
  });

  it('lets the later change of the same item win', () => {
    const tabA = edit(start, 20, rate('unit:DG100', 1));
    const tabB = edit(start, 21, rate('unit:DG100', 3));
    expect(mergeStoredStates(tabA, tabB).assessments[base.id]?.ratings['unit:DG100']).toEqual({ level: 3 });
    expect(mergeStoredStates(tabB, tabA).assessments[base.id]?.ratings['unit:DG100']).toEqual({ level: 3 });
  });

  it('keeps a deletion, unless the other tab edited after it', () => {
    const deleted = recordChanges(start, { ...start, assessments: {} }, 30);
    expect(mergeStoredStates(deleted, start).assessments).toEqual({});
    const editedLater = edit(start, 31, rate('unit:DG100', 2));
    expect(Object.keys(mergeStoredStates(deleted, editedLater).assessments)).toEqual([base.id]);
  });

  it('keeps a plan action added in each tab', () => {
    const action = (id: string) => ({
      id,
      kind: 'course' as const,
      description: id,
      targetOn: '2027-01-01',
      status: 'planned' as const,
      serves: ['unit:DG100'],
    });
    const tabA = edit(start, 40, (a) => ({ ...a, actions: [action('action-a')] }));
    const tabB = edit(start, 41, (a) => ({ ...a, actions: [action('action-b')] }));
    expect(mergeStoredStates(tabA, tabB).assessments[base.id]?.actions?.map((a) => a.id)).toEqual(['action-a', 'action-b']);
  });

  it('keeps an evidence file attached in each tab, in the order they were added, and a removal in one tab', () => {
    const file = (id: string, addedAt: string) => ({ id, attachedTo: 'unit:DG100', name: `${id}.pdf`, size: 1, addedAt, sha256: '0'.repeat(64) });
    const tabA = edit(start, 50, (a) => ({ ...a, evidence: [file('file-bbbb', '2026-11-27T03:00:00.000Z')] }));
    const tabB = edit(start, 51, (a) => ({ ...a, evidence: [file('file-aaaa', '2026-11-27T03:00:01.000Z')] }));
    for (const merged of [mergeStoredStates(tabA, tabB), mergeStoredStates(tabB, tabA)])
      expect(merged.assessments[base.id]?.evidence?.map((f) => f.id)).toEqual(['file-bbbb', 'file-aaaa']);
    const both = mergeStoredStates(tabA, tabB);
    const removedInA = edit(both, 60, (a) => ({ ...a, evidence: (a.evidence ?? []).filter((f) => f.id !== 'file-aaaa') }));
    expect(mergeStoredStates(removedInA, both).assessments[base.id]?.evidence?.map((f) => f.id)).toEqual(['file-bbbb']);
    expect(mergeStoredStates(both, removedInA).assessments[base.id]?.evidence?.map((f) => f.id)).toEqual(['file-bbbb']);
  });

  it('is commutative, idempotent and loses no edit over random interleavings', () => {
    const keys = ['unit:DG100', 'unit:DT100', 'unit:DS100', 'knowledge:k-one'];
    const edits = fc.array(
      fc.record({ tab: fc.constantFrom(0, 1), key: fc.constantFrom(...keys), level: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4> }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(edits, (list) => {
        const tabs: [StoredState, StoredState] = [start, start];
        const last: Record<string, number> = {};
        list.forEach((step, time) => {
          // Choosing the level a tab already shows changes nothing there, so it is no edit to keep.
          if (tabs[step.tab].assessments[base.id]?.ratings[step.key]?.level === step.level) return;
          tabs[step.tab] = edit(tabs[step.tab], 100 + time, rate(step.key, step.level));
          last[step.key] = step.level;
        });
        const ab = mergeStoredStates(tabs[0], tabs[1]);
        const ba = mergeStoredStates(tabs[1], tabs[0]);
        if (canonicalText(ab) !== canonicalText(ba)) return false;
        if (canonicalText(mergeStoredStates(ab, ab)) !== canonicalText(ab)) return false;
        return Object.entries(last).every(([key, level]) => ab.assessments[base.id]?.ratings[key]?.level === level);
      }),
    );
  });
});

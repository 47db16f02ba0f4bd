import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import type { Assessment } from './assessment';
import { canonicalText } from '../shared/canonical-text';
import { liveConflict } from './conflict-schema';
import { concurrentEdits, withConflictsKept, withOtherVersion } from './conflicts';
import { recordChanges } from './item-clocks';
import { mergeStoredStates } from './merge-states';
import { initialStoredState, type StoredState } from './stored-state';

const base = makeAssessment({ id: 'shared-1', ratings: { 'unit:DG100': { level: 1, note: 'first' } } });
const start: StoredState = recordChanges(initialStoredState, { ...initialStoredState, assessments: { [base.id]: base } }, 1);

function edit(state: StoredState, time: number, change: (assessment: Assessment) => Assessment): StoredState {
  const current = state.assessments[base.id];
  if (!current) throw new Error('missing');
  return recordChanges(state, { ...state, assessments: { ...state.assessments, [base.id]: change(current) } }, time);
}
const note =
  (text: string) =>
  (a: Assessment): Assessment => ({ ...a, ratings: { ...a.ratings, 'unit:DG100': { ...a.ratings['unit:DG100'], note: text } } });
const rate =
  (key: string, level: 0 | 1 | 2 | 3 | 4) =>
  (a: Assessment): Assessment => ({ ...a, ratings: { ...a.ratings, [key]: { level } } });

/** What the writer does: merge, keeping the other version of each part both tabs changed since `seen`. */
function mergeSeen(seen: StoredState, ours: StoredState, theirs: StoredState): StoredState {
  return withConflictsKept(mergeStoredStates(ours, theirs), concurrentEdits(seen, ours, theirs), ours, theirs);
}

describe('concurrentEdits', () => {
  it('names a part both tabs changed, each its own way, since this tab last read', () => {
    const tabA = edit(start, 10, note('from A'));
    const tabB = edit(start, 11, note('from B'));
    expect(concurrentEdits(start, tabA, tabB)).toEqual([{ id: base.id, part: 'r:unit:DG100' }]);
  });

  it('names nothing when only one tab changed the part, when both made the same change, or when they changed different parts', () => {
    const tabA = edit(start, 10, note('same'));
    expect(concurrentEdits(start, tabA, start)).toEqual([]);
    expect(concurrentEdits(start, tabA, edit(start, 11, note('same')))).toEqual([]);
    expect(concurrentEdits(start, edit(start, 10, rate('unit:DT100', 2)), edit(start, 11, rate('unit:DS100', 3)))).toEqual([]);
  });

  it('names nothing for a change the other tab had already seen', () => {
    const tabA = edit(start, 10, note('from A'));
    const tabBAfterA = edit(tabA, 11, note('B, after reading A'));
    expect(concurrentEdits(tabA, tabA, tabBAfterA)).toEqual([]);
  });
});

describe('the other version of a part, kept', () => {
  it('shows the later change, keeps the other beside it, and ends up the same in both tabs', () => {
    const tabA = edit(start, 10, note('from A'));
    const tabB = edit(start, 11, note('from B'));
    const inB = mergeSeen(start, tabB, tabA);
    expect(inB.assessments[base.id]?.ratings['unit:DG100']?.note).toBe('from B');
    expect(liveConflict(inB, base.id, 'r:unit:DG100')).toEqual({ other: { level: 1, note: 'from A' }, at: 11 });
    // Tab A, which wrote first, hears B's state and merges it: it shows the same, with the same conflict.
    const inA = mergeSeen(tabA, tabA, inB);
    expect(canonicalText(inA)).toBe(canonicalText(inB));
  });

  it('ends when the part is changed again, in either tab', () => {
    const merged = mergeSeen(start, edit(start, 11, note('from B')), edit(start, 10, note('from A')));
    const later = edit(merged, 12, note('settled'));
    expect(liveConflict(later, base.id, 'r:unit:DG100')).toBeUndefined();
    expect(mergeStoredStates(later, merged).conflicts).toEqual({});
  });

  it('gives the other version back as a valid assessment, and refuses one that is not', () => {
    const merged = mergeSeen(start, edit(start, 11, note('from B')), edit(start, 10, note('from A')));
    const conflict = liveConflict(merged, base.id, 'r:unit:DG100');
    const shown = merged.assessments[base.id];
    if (!conflict || !shown) throw new Error('no conflict');
    expect(withOtherVersion(shown, 'r:unit:DG100', conflict, '2026-12-06T01:00:00.000Z')?.ratings['unit:DG100']).toEqual({ level: 1, note: 'from A' });
    expect(withOtherVersion(shown, 'r:unit:DG100', { other: { level: 9 }, at: conflict.at }, '2026-12-06T01:00:00.000Z')).toBeNull();
  });

  it('keeps an action removed in one tab and edited in the other as a choice', () => {
    const withAction = edit(start, 5, (a) => ({
      ...a,
      actions: [{ id: 'act1', kind: 'course', description: 'PDPA', targetOn: '2027-03-31', status: 'planned', serves: ['unit:DG100'] }],
    }));
    const removed = edit(withAction, 10, (a) => ({ ...a, actions: [] }));
    const edited = edit(withAction, 11, (a) => ({ ...a, actions: (a.actions ?? []).map((action) => ({ ...action, description: 'PDPA, level 2' })) }));
    const merged = mergeSeen(withAction, removed, edited);
    expect(merged.assessments[base.id]?.actions?.map((action) => action.description)).toEqual(['PDPA, level 2']);
    expect(liveConflict(merged, base.id, 'a:act1')).toEqual({ other: null, at: 11 });
  });
});

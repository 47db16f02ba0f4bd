import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { replaceLosses } from './replace-losses';

describe('replaceLosses', () => {
  const exported = makeAssessment({ id: 'a1', updatedAt: '2026-12-01T09:00:00.000Z', ratings: { 'unit:DG100': { level: 2 } } });
  it('says nothing when the file holds what is saved, or an assessment not saved here', () => {
    expect(replaceLosses({ a1: exported }, [exported])).toEqual([]);
    expect(replaceLosses({}, [exported])).toEqual([]);
  });
  it('counts the parts a later rating and note would lose, and that the saved copy is the newer', () => {
    const later = { ...exported, updatedAt: '2026-12-02T09:00:00.000Z', ratings: { ...exported.ratings, 'unit:DS700': { level: 3, note: 'ทบทวน' } } };
    expect(replaceLosses({ a1: later }, [exported])).toEqual([{ id: 'a1', parts: 1, savedIsNewer: true }]);
    // The file adds a rating the saved copy lacks: replacing loses nothing.
    expect(replaceLosses({ a1: exported }, [later])).toEqual([]);
    const changed = { ...exported, ratings: { 'unit:DG100': { level: 3 } } };
    expect(replaceLosses({ a1: changed }, [later])).toEqual([{ id: 'a1', parts: 1, savedIsNewer: false }]);
  });
});

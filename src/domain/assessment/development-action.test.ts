import { describe, expect, it } from 'vitest';
import { targetBeforeStart } from './development-action';

describe('targetBeforeStart', () => {
  it('is true only when an action has a start and its target comes before it', () => {
    expect(targetBeforeStart({ startOn: '2027-07-01', targetOn: '2027-06-30' })).toBe(true);
    expect(targetBeforeStart({ startOn: '2027-06-30', targetOn: '2027-06-30' })).toBe(false);
    expect(targetBeforeStart({ targetOn: '2027-06-30' })).toBe(false);
  });
});

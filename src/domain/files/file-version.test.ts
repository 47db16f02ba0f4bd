import { describe, expect, it } from 'vitest';
import { versionProblem } from './file-version';

describe('versionProblem', () => {
  it('takes a whole number from the lowest up', () => {
    expect(versionProblem(2, 2)).toBeNull();
    expect(versionProblem(99, 2)).toBeNull();
  });

  it('says what is wrong with 1.5, a string, a missing or a too low version (the words: i18n/problem-messages.test.ts)', () => {
    expect(versionProblem(1.5, 1)).toEqual({ key: 'problem.versionNotOurs', params: { shown: '1.5', lowest: 1 } });
    expect(versionProblem('4', 2)).toEqual({ key: 'problem.versionNotOurs', params: { shown: '"4"', lowest: 2 } });
    expect(versionProblem(undefined, 2)).toEqual({ key: 'problem.versionMissing', params: { lowest: 2 } });
    expect(versionProblem(1, 2)).toEqual({ key: 'problem.versionNotOurs', params: { shown: '1', lowest: 2 } });
  });
});

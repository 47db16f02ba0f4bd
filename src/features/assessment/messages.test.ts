import { describe, expect, it } from 'vitest';
import { coreMessages } from '../../i18n/translate';
import { messageProblems } from '../../i18n/message-checks';
import { assessmentMessages } from './messages';

describe('the assessment messages', () => {
  it('are all there in Thai and English, none empty, with the same placeholders', () => {
    expect(messageProblems(assessmentMessages)).toEqual([]);
  });

  it('do not shadow a shared message', () => {
    const shared = new Set(Object.keys(coreMessages.th));
    expect(Object.keys(assessmentMessages.th).filter((key) => shared.has(key))).toEqual([]);
  });
});

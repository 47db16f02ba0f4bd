import { describe, expect, it } from 'vitest';
import { translateChain, verdictKey } from './chain-messages';

describe('a level’s verdict in words (decision 024)', () => {
  it('has level 1 judge the self-assessment and a later level the assessment and the opinions above it', () => {
    const th = translateChain('th');
    expect(th(verdictKey('partly', 1))).toBe('เห็นด้วยกับผลการประเมินตนเองบางส่วน');
    expect(th(verdictKey('partly', 2))).toBe('เห็นด้วยกับผลการประเมินและความเห็นข้างต้นบางส่วน');
    expect(translateChain('en')(verdictKey('disagree', 3))).toBe('Disagrees with the assessment and the opinions above');
  });

  it('says "not stated" at any level when there is no verdict', () => {
    expect(verdictKey(undefined, 1)).toBe('verdict.none');
    expect(verdictKey(undefined, 2)).toBe('verdict.none');
  });
});

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keepThaiPhrasesWhole } from './thai-phrases';

describe('keepThaiPhrasesWhole', () => {
  it('keeps each "ลงวันที่" on one line with no invisible character, and the text as written', () => {
    const text = 'ที่ นร 1013/ว 18 ลงวันที่ 26 กันยายน 2562 และ ว 6 ลงวันที่ 1 มีนาคม 2561';
    const { container } = render(<p>{keepThaiPhrasesWhole(text)}</p>);
    expect(container.textContent).toBe(text);
    expect(container.textContent).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
    const whole = [...container.querySelectorAll('span')];
    expect(whole.map((span) => [span.textContent, span.className])).toEqual([
      ['ลงวันที่', 'keep-whole'],
      ['ลงวันที่', 'keep-whole'],
    ]);
  });

  it('leaves text without the phrase as it is', () => {
    expect(keepThaiPhrasesWhole('Based on circular 18 of 26 September 2019')).toBe('Based on circular 18 of 26 September 2019');
  });
});

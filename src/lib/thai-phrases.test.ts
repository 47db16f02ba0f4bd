import { describe, expect, it } from 'vitest';
import { keepThaiPhrasesWhole } from './thai-phrases';

describe('keepThaiPhrasesWhole', () => {
  it('joins the words of "ลงวันที่" wherever it occurs, and nothing else', () => {
    expect(keepThaiPhrasesWhole('ที่ นร 1013/ว 18 ลงวันที่ 26 กันยายน 2562 และ ว 6 ลงวันที่ 1 มีนาคม 2561')).toBe(
      'ที่ นร 1013/ว 18 ลง\u2060วัน\u2060ที่ 26 กันยายน 2562 และ ว 6 ลง\u2060วัน\u2060ที่ 1 มีนาคม 2561',
    );
    expect(keepThaiPhrasesWhole('Based on circular 18 of 26 September 2019')).toBe('Based on circular 18 of 26 September 2019');
  });

  it('leaves text it already joined as it is', () => {
    const joined = keepThaiPhrasesWhole('ลงวันที่');
    expect(keepThaiPhrasesWhole(joined)).toBe(joined);
    expect(joined.replace(/\u2060/g, '')).toBe('ลงวันที่');
  });
});

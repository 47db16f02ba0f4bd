import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { bilingual, formatPath, parseWithLocalizedIssues } from './localized-issues';
import './zod-locales';

const schema = z.strictObject({ name: z.string(), items: z.array(z.strictObject({ date: z.iso.date() })) }).check(
  z.superRefine((value, ctx) => {
    if (value.name === 'taken') ctx.addIssue({ code: 'custom', input: value.name, params: bilingual('ชื่อซ้ำ', 'name taken'), path: ['name'] });
  }),
);

describe('formatPath', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(formatPath(['units', 3, 'title', 'en'])).toBe('units[3].title.en');
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});

describe('parseWithLocalizedIssues', () => {
  it('returns the data when it is valid', () => {
    expect(parseWithLocalizedIssues(schema, { name: 'a', items: [] })).toEqual({ success: true, data: { name: 'a', items: [] } });
  });

  it('names the field and explains the problem in Thai and English', () => {
    const result = parseWithLocalizedIssues(schema, { name: 1, items: [{ date: '2019-02-30x' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['name', 'items[0].date']);
    expect(result.issues[0]?.message.en).toMatch(/expected string/);
    expect(result.issues[0]?.message.th).toMatch(/ประเภทข้อมูลไม่ถูกต้อง/);
    expect(result.issues[1]?.message.th).toMatch(/วันที่/);
  });

  it('reports unknown keys rather than ignoring them', () => {
    const result = parseWithLocalizedIssues(schema, { name: 'a', items: [], extra: true });
    expect(result.success ? [] : result.issues.map((issue) => issue.message.en)).toEqual(['Unrecognized key: "extra"']);
  });

  it('uses the bilingual message of a custom refinement', () => {
    const result = parseWithLocalizedIssues(schema, { name: 'taken', items: [] });
    expect(result.success ? [] : result.issues).toEqual([{ path: 'name', message: { th: 'ชื่อซ้ำ', en: 'name taken' } }]);
  });
});

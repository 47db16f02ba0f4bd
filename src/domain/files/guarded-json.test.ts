import { describe, expect, it, vi } from 'vitest';
import { parseBackup } from './backup';
import { parseGuardedJson } from './guarded-json';
import { readExchangeFile } from './exchange-file';
import { reviewFileSchema, reviewFormat, reviewSchemaVersion } from './review';

const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
const kind = { format: reviewFormat, notOfKind: 'problem.exchange.notAReview' as const, version: reviewSchemaVersion, schema: reviewFileSchema };
const readReview = (text: string) => readExchangeFile(text, kind, { content: () => null });

describe('parseGuardedJson', () => {
  it('gives the data, and the first key such as __proto__ that it holds', () => {
    expect(parseGuardedJson('{"a":[1,2]}')).toEqual({ ok: true, data: { a: [1, 2] }, unsafeKey: null });
    expect(parseGuardedJson('{"a":{"__proto__":{"x":1}}}')).toMatchObject({ ok: true, unsafeKey: '__proto__' });
    expect(parseGuardedJson('{"constructor":1}')).toMatchObject({ ok: true, unsafeKey: 'constructor' });
  });

  it('says why text is not data, and never throws', () => {
    expect(parseGuardedJson('{"a":')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseGuardedJson(deep)).toEqual({ ok: false, problem: 'too-deep' });
  });
});

describe('the two readers that use it keep their own refusals', () => {
  it('the backup reader: not-json, too-deep, forbidden-key with its path', () => {
    expect(parseBackup('{"a":', [])).toMatchObject({ ok: false, problem: { code: 'not-json', path: '', message: { key: 'problem.backup.notJson' } } });
    expect(parseBackup(deep, [])).toMatchObject({ ok: false, problem: { code: 'too-deep', message: { key: 'problem.backup.tooDeep' } } });
    expect(parseBackup('{"format":"x","prototype":{}}', [])).toMatchObject({
      ok: false,
      problem: { code: 'forbidden-key', path: 'prototype', message: { key: 'problem.forbiddenKey', params: { key: 'prototype' } } },
    });
  });

  it('the exchange-file reader: not-json (too deep included) and unsafe-key with its path', () => {
    expect(readReview('{"a":')).toEqual({ ok: false, refusal: { code: 'not-json', path: '', message: { key: 'problem.exchange.notJson' } } });
    expect(readReview(deep)).toMatchObject({ ok: false, refusal: { code: 'not-json' } });
    expect(readReview('{"format":"cio-skills-compass-review","__proto__":{}}')).toEqual({
      ok: false,
      refusal: { code: 'unsafe-key', path: '__proto__', message: { key: 'problem.forbiddenKey', params: { key: '__proto__' } } },
    });
  });
});

describe('parseGuardedJson without its reviver', () => {
  it('parses a text that cannot hold an unsafe key without visiting each value', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(parseGuardedJson('{"name":"สมชาย","a":[1,2]}')).toEqual({ ok: true, data: { name: 'สมชาย', a: [1, 2] }, unsafeKey: null });
      expect(parse).toHaveBeenCalledTimes(1);
      expect(parse.mock.calls[0]).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('still finds an unsafe key spelled with escapes, or written out', () => {
    expect(parseGuardedJson('{"a":{"\\u005f_proto__":{"x":1}}}')).toMatchObject({ ok: true, unsafeKey: '__proto__' });
    expect(parseGuardedJson('{"\\u0070rototype":1}')).toMatchObject({ ok: true, unsafeKey: 'prototype' });
    expect(parseGuardedJson('{"note":"a constructor","b":{"constructor":1}}')).toMatchObject({ ok: true, unsafeKey: 'constructor' });
  });

  it('still says a text nested too deep is', () => {
    expect(parseGuardedJson(`{"a":"${'['.repeat(600)}"}`)).toEqual({ ok: true, data: { a: '['.repeat(600) }, unsafeKey: null });
    expect(parseGuardedJson(deep)).toEqual({ ok: false, problem: 'too-deep' });
  });
});

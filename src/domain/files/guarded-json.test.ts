import { describe, expect, it } from 'vitest';
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

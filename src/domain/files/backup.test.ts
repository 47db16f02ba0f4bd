import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { createBackup, parseBackup } from './backup';
import { schemaVersion as backupSchemaVersion } from '../assessment/migrations';

const known = ['mcio', 'dcio', 'cio-assistant'];
const assessment = makeAssessment({
  ratings: { 'unit:DG100': { level: 2, target: 4, note: '<script>alert(1)</script> & "quotes"' } },
  experience: { 'study-visit': { status: 'yes', acquiredOn: '2025-01-31', evidence: 'ดูงาน' } },
  actions: [{ id: 'action01', kind: 'course', description: 'PDPA', targetOn: '2027-01-31', status: 'planned', serves: ['unit:DG100'] }],
  rounds: [],
});
const backup = createBackup([assessment], { appVersion: '0.1.0', now: '2026-11-27T09:00:00.000Z' });
const text = JSON.stringify(backup);
const problem = (input: string) => {
  const result = parseBackup(input, known);
  return result.ok ? null : result.problem;
};

describe('parseBackup', () => {
  it('reads back exactly what was exported, notes with markup kept as plain text', () => {
    expect(parseBackup(text, known)).toEqual({ ok: true, assessments: [assessment], migratedFrom: null });
  });

  it('migrates an export of schema version 2 (before plans and rounds)', () => {
    const old: Record<string, unknown> = { ...assessment };
    delete old.actions;
    delete old.rounds;
    const result = parseBackup(JSON.stringify({ ...backup, schemaVersion: 2, assessments: [old] }), known);
    expect(result).toEqual({ ok: true, assessments: [{ ...old, actions: [], rounds: [] }], migratedFrom: 2 });
  });

  it.each([
    ['not JSON', '{ "format": ', '', 'problem.backup.notJson'],
    ['an empty file', ' \n', '', 'problem.backup.empty'],
    ['not our format', JSON.stringify({ hello: 'world' }), 'format', 'problem.backup.notOurs'],
    ['a newer schema version', JSON.stringify({ ...backup, schemaVersion: backupSchemaVersion + 1 }), 'schemaVersion', 'problem.backup.newerVersion'],
    [
      'an unknown profile id',
      JSON.stringify({ ...backup, assessments: [{ ...assessment, profileId: 'cto' }] }),
      'assessments[0].profileId',
      'problem.unknownRole',
    ],
    [
      'a rating out of range',
      JSON.stringify({ ...backup, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 7 } } }] }),
      'assessments[0].ratings.unit:DG100.level',
      'problem.backup.levelOutOfRange',
    ],
    [
      'a target out of range',
      JSON.stringify({ ...backup, assessments: [{ ...assessment, ratings: { 'unit:DG100': { target: -1 } } }] }),
      'assessments[0].ratings.unit:DG100.target',
      'problem.backup.targetOutOfRange',
    ],
    [
      'a date that is not a date',
      JSON.stringify({ ...backup, assessments: [{ ...assessment, appointee: { ...assessment.appointee, appointedOn: '2026-02-30' } }] }),
      'assessments[0].appointee.appointedOn',
      '',
    ],
    ['a missing field', JSON.stringify({ ...backup, assessments: [{ ...assessment, appointee: undefined }] }), 'assessments[0].appointee', ''],
    ['a wrong type', JSON.stringify({ ...backup, exportedAt: 12 }), 'exportedAt', ''],
    ['__proto__', text.replace('"ratings":', '"__proto__": {"polluted": true}, "ratings":'), '__proto__', 'problem.forbiddenKey'],
    ['constructor', text.replace('"ratings":', '"constructor": {"prototype": {}}, "ratings":'), 'constructor', 'problem.forbiddenKey'],
    ['no assessment', JSON.stringify({ ...backup, assessments: [] }), 'assessments', ''],
  ])("refuses %s, saying what (a message, or the field's issue) and where", (_name, input, path, key) => {
    const found = problem(input);
    expect(found?.path).toBe(path);
    if (key) expect(found?.message).toMatchObject({ key });
    else expect(found?.message).toHaveProperty('issue');
  });

  it.each([
    ['a PDF', '%PDF-1.7\n%\uFFFD\uFFFD\n1 0 obj', 'not-a-backup-file'],
    ['a PNG image', '\uFFFDPNG\r\n\u001a\n\u0000\u0000', 'not-a-backup-file'],
    ['text that is not JSON', 'Dear colleague, here is my assessment', 'not-json'],
    ['an empty file', '', 'empty'],
    ['valid JSON nested too deeply', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'too-deep'],
    ['JSON nested deeper than a backup', JSON.stringify({ ...backup, extra: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }), 'too-deep'],
    ['two assessments with the same id', JSON.stringify({ ...backup, assessments: [assessment, { ...assessment, title: 'again' }] }), 'duplicate-id'],
    ['a newer version', JSON.stringify({ ...backup, schemaVersion: backupSchemaVersion + 1 }), 'newer-version'],
  ])('refuses %s with its own code and message', (_name, input, code) => {
    expect(problem(input)?.code).toBe(code);
  });

  it('says an out-of-range level in words, not as a schema path', () => {
    const found = problem(JSON.stringify({ ...backup, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 9 } } }] }));
    expect(found?.code).toBe('level-out-of-range');
    expect(found?.message).toEqual({ key: 'problem.backup.levelOutOfRange', params: { code: 'DG100', shown: '9', lowest: 0, highest: 4 } });
  });

  it('reads a "Download my data" file (the stored state) through the same migrations', () => {
    const old: Record<string, unknown> = { ...assessment };
    delete old.actions;
    delete old.rounds;
    const stored = JSON.stringify({ state: { language: 'th', assessments: { [assessment.id]: old }, currentAssessmentId: null }, version: 2 });
    expect(parseBackup(stored, known)).toMatchObject({ ok: true, assessments: [{ ...old, actions: [], rounds: [] }] });
    expect(problem(JSON.stringify({ state: {}, version: backupSchemaVersion + 1 }))?.code).toBe('newer-version');
  });

  it('refuses a "Download my data" file of more than 1,000 assessments, as it does a backup, before reading them', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`a${String(index).padStart(6, '0')}`, {}]));
    const found = problem(JSON.stringify({ state: { language: 'th', assessments: many, currentAssessmentId: null }, version: backupSchemaVersion }));
    expect(found).toMatchObject({
      code: 'too-many',
      path: 'state.assessments',
      message: { key: 'problem.backup.tooMany', params: { count: '10,000', most: '1,000' } },
    });
    expect(problem(JSON.stringify({ ...backup, assessments: Array.from({ length: 1001 }, () => ({})) }))).toMatchObject({
      code: 'too-many',
      path: 'assessments',
    });
  });

  it('says in words that a version of 1.5, or none, is not one the app writes', () => {
    expect(problem(JSON.stringify({ ...backup, schemaVersion: 1.5 }))).toMatchObject({
      code: 'invalid',
      path: 'schemaVersion',
      message: { key: 'problem.versionNotOurs', params: { shown: '1.5' } },
    });
    expect(problem(JSON.stringify({ ...backup, schemaVersion: undefined }))?.message).toMatchObject({ key: 'problem.versionMissing' });
    expect(problem(JSON.stringify({ state: {}, version: 2.5 }))).toMatchObject({ code: 'invalid', path: 'version' });
  });

  it('refuses a file over 5 MB before parsing it', () => {
    expect(problem(`${text}${' '.repeat(5 * 1024 * 1024)}`)?.message).toMatchObject({
      key: 'problem.tooLarge',
      params: { size: expect.stringMatching(/^5,\d{3} KB$/), most: '5 MB' },
    });
  });

  it('never pollutes Object.prototype', () => {
    parseBackup(text.replace('"ratings":', '"__proto__": {"polluted": true}, "ratings":'), known);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fuzzing the import', () => {
  const counts = { accepted: 0, refused: 0 };
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('retype' as const),
      at: fc.nat(),
      value: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.constant([]), fc.constant({})),
    }),
    fc.record({ kind: fc.constant('range' as const), at: fc.nat(), value: fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double()) }),
    fc.record({ kind: fc.constant('junk' as const), junk: fc.string({ maxLength: 20 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('none' as const) }),
  );

  /** Every path to a value in the envelope, for mutations to pick from. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
  }

  function mutate(kind: string, at: number, value?: unknown): unknown {
    const copy = structuredClone(backup) as unknown as Record<string, unknown>;
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[at % all.length] ?? [];
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
    const last = path[path.length - 1] ?? 'format';
    if (kind === 'drop') Reflect.deleteProperty(parent, last);
    else parent[last] = value;
    return copy;
  }

  it('accepts and round-trips, or refuses with a message, over 1,000 random and mutated envelopes; nothing throws', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        let input: string;
        if (m.kind === 'junk') input = text + m.junk;
        else if (m.kind === 'truncate') input = text.slice(0, m.at % text.length);
        else if (m.kind === 'none') input = text;
        else input = JSON.stringify(mutate(m.kind, m.at, 'value' in m ? m.value : undefined));
        const result = parseBackup(input, known);
        if (result.ok) {
          counts.accepted += 1;
          const again = parseBackup(JSON.stringify(createBackup(result.assessments, { appVersion: 'x', now: '2026-11-27T09:00:00.000Z' })), known);
          expect(again).toEqual({ ok: true, assessments: result.assessments, migratedFrom: null });
        } else {
          counts.refused += 1;
          expect('key' in result.problem.message || 'issue' in result.problem.message).toBe(true);
        }
      }),
      { numRuns: 1200 },
    );
    expect(counts.accepted + counts.refused).toBeGreaterThanOrEqual(1000);
    expect(counts.refused).toBeGreaterThan(100);
  });
});

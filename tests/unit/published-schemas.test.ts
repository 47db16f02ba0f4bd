import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment';
import { listAssessmentItems } from '../../src/domain/assessment/assessment-items';
import { readBackup } from '../../src/domain/files/read-backup';
import { checkManifest, evidenceZipPath, zipBackupPath, zipManifestPath } from '../../src/domain/files/evidence-zip';
import { parsePlanHandoffFor } from '../../src/domain/files/plan-handoff';
import { assembleProfileLibrary, parseProfileIndex } from '../../src/domain/profile/profile-library';
import { profileKeysById } from '../../src/domain/files/profile-keys';
import { publishedFormats, publishedSchema, publishedSchemaText } from '../../src/domain/files/published-schemas';
import { parseReviewFor, parseReviewRequest } from '../../src/domain/files/review';
import { itemDirectory } from '../../src/domain/assessment/item-directory';
import { readCatalogueJson } from '../../src/domain/files/resource-catalogue-read';
import { readStaffListJson } from '../../src/domain/files/staff-list';
import { changesSinceRequest } from '../../src/domain/files/review-changes';
import { readProfileFile } from './read-profile-files';

const schemasDir = join(import.meta.dirname, '..', '..', 'docs', 'schemas');
const examplesDir = join(schemasDir, 'examples');
const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const exampleText = (name: string) => readText(examplesDir, `${name}.example.json`);
const example = (name: string): unknown => JSON.parse(exampleText(name));

/**
 * An independent validator (ajv, draft 2020-12, strict, with the date and date-time formats checked). The backup's
 * schema is known by its file name, as a tool reading docs/schemas/ would find it: other formats refer to the parts of
 * an assessment defined there.
 */
function validatorOf(name: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schemaOf = (file: string) => JSON.parse(readText(schemasDir, file)) as object;
  if (name !== 'backup') ajv.addSchema(schemaOf('backup.schema.json'), 'backup.schema.json');
  return ajv.compile(schemaOf(`${name}.schema.json`));
}

function shippedLibrary() {
  const index = parseProfileIndex(readProfileFile('index.json').data);
  if (!index.ok) throw new Error('index.json does not validate');
  const result = assembleProfileLibrary(index.index, {
    catalogue: readProfileFile(index.index.catalogue),
    ratingScale: readProfileFile(index.index.ratingScale),
    profiles: index.index.profiles.map((entry) => readProfileFile(entry.file)),
  });
  if (!result.ok) throw new Error('the shipped profiles do not validate');
  return { index: index.index, library: result.library };
}

describe('the published JSON Schemas (docs/schemas)', () => {
  it.each(publishedFormats.map((format) => [format.name, format] as const))(
    'commits %s.schema.json exactly as npm run schemas generates it',
    (name, format) => {
      expect(readText(schemasDir, `${name}.schema.json`), `docs/schemas/${name}.schema.json is out of date: run npm run schemas`).toBe(
        publishedSchemaText(format),
      );
    },
  );

  it('holds a schema and an example for each published format and nothing else', () => {
    const names = publishedFormats.map((format) => format.name).sort();
    expect(
      readdirSync(schemasDir)
        .filter((file) => file.endsWith('.json'))
        .sort(),
    ).toEqual(names.map((name) => `${name}.schema.json`).sort());
    expect(
      readdirSync(examplesDir)
        .filter((file) => file.endsWith('.json'))
        .sort(),
    ).toEqual(names.map((name) => `${name}.example.json`).sort());
    expect(names).toEqual([
      'backup',
      'evidence-manifest',
      'plan-handoff',
      'profile-index',
      'rating-scale',
      'resource-catalogue',
      'review',
      'review-request',
      'role-profile',
      'skills-catalogue',
      'staff-list',
    ]);
  });

  it('gives each schema a title and a description, and describes a closed object', () => {
    for (const format of publishedFormats) {
      const schema = publishedSchema(format);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(String(schema.title)).toContain('CIO Skills Compass');
    }
  });

  it.each(publishedFormats.map((format) => [format.name] as const))('validates the example of %s with ajv, and the app reads it as the same format', (name) => {
    const validate = validatorOf(name);
    // A new version is stamped on the example by `npm run schemas`; anything else is the example's to fix by hand.
    expect(
      validate(example(name)),
      `docs/schemas/examples/${name}.example.json (run npm run schemas after a new version): ${JSON.stringify(validate.errors)}`,
    ).toBe(true);
    const format = publishedFormats.find((candidate) => candidate.name === name);
    expect(format?.schema.safeParse(example(name)).success).toBe(true);
  });

  it('refuses, with ajv, an example with a field missing, a field added or a value out of range', () => {
    const validate = validatorOf('backup');
    const backup = example('backup') as { assessments: Record<string, unknown>[]; extra?: unknown };
    const [assessment] = backup.assessments;
    if (!assessment) throw new Error('the backup example holds no assessment');
    const { appointee, ...withoutAppointee } = assessment;
    expect(appointee).toBeDefined();
    expect(validate({ ...backup, assessments: [withoutAppointee] })).toBe(false);
    expect(validate({ ...backup, extra: 1 })).toBe(false);
    expect(validate({ ...backup, assessments: [{ ...assessment, ratings: { 'unit:DG100': { level: 5 } } }] })).toBe(false);
    expect(validate({ ...backup, assessments: [{ ...assessment, createdAt: '2026-02-30T00:00:00Z' }] })).toBe(false);
    expect(validate({ ...backup, schemaVersion: 3 })).toBe(false);
    expect(validatorOf('rating-scale')({ ...(example('rating-scale') as object), defaultTarget: 'three' })).toBe(false);
  });

  it('defines each part of an assessment that several files carry once, in the backup schema, and checks it through the reference', () => {
    const texts = publishedFormats.map((format) => [format.name, publishedSchemaText(format)] as const);
    for (const [name, text] of texts) {
      const definesAppointee = text.includes('"appointedOn"');
      expect(definesAppointee, `${name}.schema.json`).toBe(name === 'backup');
    }
    for (const name of ['review-request', 'review']) {
      expect(texts.find(([candidate]) => candidate === name)?.[1]).toContain('"backup.schema.json#/$defs/appointee"');
      const request = example(name) as { appointee: Record<string, unknown> };
      const { position, ...withoutPosition } = request.appointee;
      expect(position).toBeDefined();
      const validate = validatorOf(name);
      expect(validate({ ...request, appointee: withoutPosition }), name).toBe(false);
      expect(validate({ ...request, appointee: { ...request.appointee, mentor: 'x' } }), name).toBe(false);
    }
  });

  it('validates every shipped profile file (public/profiles) against its schema with ajv', () => {
    const { index } = shippedLibrary();
    const files: [string, string][] = [
      ['profile-index', 'index.json'],
      ['skills-catalogue', index.catalogue],
      ['rating-scale', index.ratingScale],
      ...index.profiles.map((entry): [string, string] => ['role-profile', entry.file]),
    ];
    for (const [name, file] of files) {
      const validate = validatorOf(name);
      expect(validate(readProfileFile(file).data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reads the examples of the exchanged files as import does: the backup, then the request, review and hand-off for its assessment', () => {
    const { library } = shippedLibrary();
    const profiles = profileKeysById(library);
    const now = '2026-12-06T00:00:00.000Z';
    const backup = readBackup(exampleText('backup'), { profiles, now });
    if (!backup.ok) throw new Error(JSON.stringify(backup.problem));
    const [assessment] = backup.assessments;
    const keys = profiles.get('dcio');
    if (!assessment || !keys) throw new Error('no DCIO assessment in the backup example');
    const unreviewed: Assessment = { ...assessment, reviews: [] };
    expect(parseReviewRequest(exampleText('review-request'), profiles).ok).toBe(true);
    const dcio = library.profiles.find((profile) => profile.id === 'dcio');
    if (!dcio) throw new Error('no DCIO profile');
    const review = parseReviewFor(exampleText('review'), unreviewed, { profile: keys, now });
    if (!review.ok) throw new Error(JSON.stringify(review.refusal));
    expect(changesSinceRequest(review.review, unreviewed, listAssessmentItems(dcio, library.catalogue), library.ratingScale.defaultTarget)).toEqual({
      changed: false,
    });
    expect(parsePlanHandoffFor(exampleText('plan-handoff'), assessment, keys).ok).toBe(true);
  });

  it('reads the example manifest as zip import does, against the backup example, and ajv refuses a bad SHA-256', () => {
    const { library } = shippedLibrary();
    const backup = readBackup(exampleText('backup'), { profiles: profileKeysById(library), now: '2026-12-06T00:00:00.000Z' });
    if (!backup.ok) throw new Error(JSON.stringify(backup.problem));
    const manifest = example('evidence-manifest') as { files: { id: string; name: string; path: string; size: number }[] };
    expect(manifest.files.map((file) => file.path)).toEqual(manifest.files.map((file) => evidenceZipPath(file)));
    const entries = [zipBackupPath, zipManifestPath, ...manifest.files.map((file) => file.path)].map((name) => ({ name, originalSize: 1 }));
    expect(checkManifest(manifest, entries, backup.assessments)).toMatchObject({ ok: true });
    const [file] = manifest.files;
    expect(validatorOf('evidence-manifest')({ ...manifest, files: [{ ...file, sha256: 'not-a-hash' }] })).toBe(false);
  });

  it('reads the example catalogue as the catalogue screen does, every resource taken', () => {
    const { library } = shippedLibrary();
    const directory = itemDirectory(
      library.profiles.map((profile) => ({ id: profile.id, abbreviation: profile.abbreviation, items: listAssessmentItems(profile, library.catalogue) })),
    );
    const reading = readCatalogueJson(exampleText('resource-catalogue'), directory);
    expect(reading).toMatchObject({ ok: true, refused: [] });
    expect(reading.ok && reading.resources.length).toBe(5);
  });

  it('reads the example staff list as the organisation view does, every row taken, and ajv refuses a row without an agency or with an unknown role', () => {
    const reading = readStaffListJson(exampleText('staff-list'));
    expect(reading).toMatchObject({ ok: true, refused: [] });
    expect(reading.ok && reading.staff.length).toBe(4);
    const validate = validatorOf('staff-list');
    const list = example('staff-list') as { staff: Record<string, unknown>[] };
    const [first] = list.staff;
    expect(validate({ ...list, staff: [{ ...first, agency: undefined }] })).toBe(false);
    expect(validate({ ...list, staff: [{ ...first, role: 'cio' }] })).toBe(false);
  });
});

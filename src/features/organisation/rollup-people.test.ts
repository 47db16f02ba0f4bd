import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { organisationTotals } from '../../domain/organisation/organisation-aggregate';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { rollUp } from '../../domain/organisation/organisation-rollup';
import { profileKeysById } from '../../domain/files/profile-keys';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { peopleCsvRows } from './organisation-csv';
import { readBackupText } from './read-backup';

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const context = { profiles: profileKeysById({ profiles, catalogue }), now: '2026-12-06T05:00:00.000Z' };
const items = itemsByProfile({ profiles, catalogue });

describe("1,000 generated backups, some holding the same person's assessment of the year before", () => {
  const files = makeRollupBackups(1000);
  const outcomes = files.map((file) => readBackupText({ ok: true, text: file.text }, file.name, context));
  const rollup = rollUp(outcomes, { items, defaultTarget: 3, today: '2026-12-06' });
  // One person a file, but for the files sent again (the same assessment) and the refused ones.
  const persons = new Set(outcomes.flatMap((outcome) => (outcome.ok ? [outcome.file.replace('-again', '')] : []))).size;
  const heldAssessments = new Set(outcomes.flatMap((outcome) => (outcome.ok ? outcome.assessments.map((assessment) => assessment.id) : []))).size;

  it('count each person once, from their latest assessment, on screen and in the CSV', () => {
    expect(heldAssessments).toBeGreaterThan(persons + 40);
    expect(rollup.assessments).toBe(heldAssessments);
    expect(rollup.people).toHaveLength(persons);
    expect(organisationTotals(rollup.people).people).toBe(persons);
    expect(rollup.people.every((person) => person.earlier.every((earlier) => earlier.assessedOn < person.assessedOn))).toBe(true);
    expect(peopleCsvRows(rollup.people, [], (id) => id, { dataAsOf: rollup.dataAsOf, today: '2026-12-06' })).toHaveLength(persons + 1);
    for (const entry of rollup.ranking) expect(entry.required).toBeLessThanOrEqual(persons);
  });
});

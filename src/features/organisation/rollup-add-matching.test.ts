import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { profileKeysById } from '../../domain/files/profile-keys';
import { RollupIndex } from '../../domain/organisation/organisation-people-index';
import { matchKeysOf, possibleMatches, type MatchedAssessment } from '../../domain/organisation/organisation-persons';
import { personRowsOf, rollUpState } from '../../domain/organisation/organisation-rollup';
import { addFiles, emptyRollupState } from '../../domain/organisation/organisation-state';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { readBackupText } from './read-backup';

// The functions that match people, watched: what each is given.
vi.mock('../../domain/organisation/organisation-persons', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../domain/organisation/organisation-persons')>();
  return { ...original, matchKeysOf: vi.fn(original.matchKeysOf), possibleMatches: vi.fn(original.possibleMatches) };
});

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const context = { profiles: profileKeysById({ profiles, catalogue }), now: '2026-12-06T05:00:00.000Z' };
const items = itemsByProfile({ profiles, catalogue });
const input = { items, defaultTarget: 3 as const, today: '2026-12-06' };

describe('files added to a roll-up (issue 25 point 3)', () => {
  it('are matched alone: no one held before is matched again, nor looked at for a possible match', () => {
    const outcomes = makeRollupBackups(340).map((file) => personRowsOf(readBackupText({ ok: true, text: file.text }, file.name, context), input));
    const index = new RollupIndex();
    const before = addFiles(emptyRollupState, outcomes.slice(0, 300));
    const held = rollUpState(before, items, index);
    expect(held.people.length).toBeGreaterThan(250);

    vi.mocked(matchKeysOf).mockClear();
    vi.mocked(possibleMatches).mockClear();
    const added = outcomes.slice(300);
    const after = rollUpState(addFiles(before, added), items, index);
    expect(index.last.rebuilt).toBe(false);
    const newIds = new Set(added.flatMap((file) => (file.ok ? file.assessments.map((entry) => entry.record.id) : [])));
    expect(newIds.size).toBeGreaterThan(30);
    // Every assessment or person whose match keys were read is one of the new assessments (or a person made of one).
    const looked = (entry: MatchedAssessment & { earlier?: readonly { id: string }[] }) =>
      [entry.id, ...(entry.earlier ?? []).map((earlier) => earlier.id)].some((id) => newIds.has(id));
    expect(vi.mocked(matchKeysOf).mock.calls.length).toBeGreaterThan(0);
    expect(vi.mocked(matchKeysOf).mock.calls.every(([entry]) => looked(entry))).toBe(true);
    // Nor is everyone handed over to be matched by name for the pairs that may be one person.
    for (const [people] of vi.mocked(possibleMatches).mock.calls) expect(people.length).toBeLessThanOrEqual(newIds.size);
    expect(after.people.length).toBeGreaterThan(held.people.length);
  });
});

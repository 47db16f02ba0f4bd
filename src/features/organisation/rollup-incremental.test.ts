import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeRollupBackups, mulberry32 } from '../../../scripts/rollup-backups.mjs';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { profileKeysById } from '../../domain/files/profile-keys';
import type { FileOutcome } from '../../domain/organisation/organisation-combine';
import { RollupIndex } from '../../domain/organisation/organisation-people-index';
import { itemGapMatrix, itemTargetMatrix, itemUnratedMatrix } from '../../domain/organisation/organisation-aggregate';
import { itemMatrices, type ItemMatrices } from '../../domain/organisation/item-matrices';
import { defaultPeopleSort, peopleOrder, resortPeople, sortPeople } from '../../domain/organisation/organisation-people-view';
import type { Person, PersonRow } from '../../domain/organisation/organisation-people';
import { joinAssessments, possibleMatches, separateAssessment } from '../../domain/organisation/organisation-persons';
import { personRowsOf, rollUpState } from '../../domain/organisation/organisation-rollup';
import { addFiles, emptyRollupState, type HeldAssessment, type RollupState } from '../../domain/organisation/organisation-state';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { readBackupText } from './read-backup';

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const context = { profiles: profileKeysById({ profiles, catalogue }), now: '2026-12-06T05:00:00.000Z' };
const items = itemsByProfile({ profiles, catalogue });
const input = { items, defaultTarget: 3 as const, today: '2026-12-06' };

type Outcome = FileOutcome<HeldAssessment>;
const files: Outcome[] = makeRollupBackups(300).map((file) => personRowsOf(readBackupText({ ok: true, text: file.text }, file.name, context), input));
const good = files.filter((file): file is Extract<Outcome, { ok: true }> => file.ok);

/** A file holding a copy of `from`'s first assessment as another assessment (`id`), with `change` made to its row. */
function copyOf(from: Extract<Outcome, { ok: true }>, file: string, id: string, change: Partial<PersonRow>): Outcome {
  const held = from.assessments[0] as HeldAssessment;
  return { file, ok: true, migratedFrom: null, assessments: [{ record: { ...held.record, id }, row: { ...held.row, ...change, id, source: file } }] };
}

/**
 * Files that join people across files: the same person assessed again a year later (same agency), in another agency
 * in the same role, and, for pairs of one name kept apart (another agency and another role), a third that shares the
 * agency of one and the role of the other, joining both.
 */
function joiningFiles(random: () => number): Outcome[] {
  const pick = () => good[Math.floor(random() * good.length)] as Extract<Outcome, { ok: true }>;
  const roles = ['mcio', 'dcio', 'cio-assistant'] as const;
  return Array.from({ length: 30 }, (_, index): Outcome[] => {
    const from = pick();
    const row = (from.assessments[0] as HeldAssessment).row;
    const otherRole = roles.find((role) => role !== row.profileId) ?? 'mcio';
    if (index % 3 === 0) return [copyOf(from, `later-${index}.json`, `later-${index}`, { assessedOn: '2026-11-30', updatedAt: '2026-11-30T00:00:00.000Z' })];
    if (index % 3 === 1) return [copyOf(from, `moved-${index}.json`, `moved-${index}`, { agency: `ที่อื่น ${index}`, assessedOn: '2025-10-01' })];
    return [
      copyOf(from, `apart-${index}.json`, `apart-${index}`, { agency: `ที่อื่น ${index}`, profileId: otherRole, assessedOn: '2025-06-01' }),
      copyOf(from, `bridge-${index}.json`, `bridge-${index}`, { profileId: otherRole, assessedOn: '2024-06-01' }),
    ];
  }).flat();
}

/** A matrix's bytes as text, compared at once (NaN included) however large. */
const bytes = (matrix: Float32Array | Uint8Array) => Buffer.from(matrix.buffer, matrix.byteOffset, matrix.byteLength).toString('base64');

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let at = copy.length - 1; at > 0; at--) {
    const other = Math.floor(random() * (at + 1));
    [copy[at], copy[other]] = [copy[other] as T, copy[at] as T];
  }
  return copy;
}

describe('files added to a roll-up, matched against the people already indexed (issue 25 point 3)', () => {
  it('gives the same roll-up, order of people and item matrices as working everything out again, on random sets of files', () => {
    let incremental = 0;
    let joined = 0;
    let possible = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const random = mulberry32(seed);
      const pool = shuffled([...files, ...joiningFiles(random)], random);
      const ids = pool.flatMap((file) => (file.ok ? file.assessments.map((held) => held.record.id) : []));
      const index = new RollupIndex();
      const order = peopleOrder<Person>(defaultPeopleSort, 'th');
      let state: RollupState = emptyRollupState;
      let sorted: Person[] = [];
      let made: ItemMatrices<Person> | null = null;
      for (let taken = 0; taken < pool.length;) {
        const batch = pool.slice(taken, (taken += 1 + Math.floor(random() * 120)));
        // Now and then a file read again (it replaces itself) or HR's correction: everything is matched again then.
        const again = taken > 150 && random() < 0.15 ? [pool[Math.floor(random() * 100)] as Outcome] : [];
        const correct = random() < 0.15;
        if (correct) {
          const [a, b] = [ids[Math.floor(random() * ids.length)] ?? '', ids[Math.floor(random() * ids.length)] ?? ''];
          state = { ...state, overrides: random() < 0.5 ? joinAssessments(state.overrides, a, b) : separateAssessment(state.overrides, a) };
        }
        const first = state.assessments.size === 0;
        // A file holding an assessment already held (a newer copy replaces it) also has everything matched again.
        const news = batch.every((file) => !file.ok || file.assessments.every((held) => !state.assessments.has(held.record.id)));
        state = addFiles(state, [...batch, ...again]);
        const ours = rollUpState(state, items, index);
        const full = rollUpState(state, items);
        expect(ours).toEqual(full);
        // The pairs perhaps one person, kept by name from one roll-up to the next: as if worked out over everyone.
        expect(ours.possible).toEqual(possibleMatches(full.people, state.overrides));
        possible += ours.possible.length;
        // Files only added: matched alone (a file read again may be, when what it held stays where it was).
        if (!first && news && again.length === 0 && !correct) {
          expect(index.last.rebuilt, `seed ${seed}: files added are matched alone`).toBe(false);
          incremental += 1;
        }
        sorted = index.last.rebuilt ? [...ours.people].sort(order) : resortPeople(sorted, new Set(index.last.gone), index.last.come, order);
        expect(sorted).toEqual(sortPeople(full.people, defaultPeopleSort, 'th'));
        // The item matrices: the rows of people published before copied, the others worked out, as if all were.
        const itemKeys = full.ranking.map((entry) => entry.item.key);
        made = itemMatrices(sorted, itemKeys, items, made);
        expect(bytes(made.gaps)).toEqual(bytes(itemGapMatrix(sorted, itemKeys, items)));
        expect(bytes(made.targets)).toEqual(bytes(itemTargetMatrix(sorted, itemKeys)));
        expect(bytes(made.unrated)).toEqual(bytes(itemUnratedMatrix(sorted, itemKeys)));
        const across = (person: Person) => [person.id, ...person.earlier.map((entry) => entry.id)].some((id) => /^(later|moved|apart|bridge)-/.test(id));
        if (taken >= pool.length) joined += full.people.filter((person) => person.earlier.length > 0 && across(person)).length;
      }
    }
    // Most steps took the short way, and the files joined people across files.
    expect(incremental).toBeGreaterThan(40);
    expect(joined).toBeGreaterThan(12 * 20);
    expect(possible).toBeGreaterThan(0);
  });
});

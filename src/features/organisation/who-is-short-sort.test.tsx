import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRollupBackups } from '../../../scripts/rollup-backups.mjs';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { profileKeysById } from '../../domain/files/profile-keys';
import { itemMatrices } from '../../domain/organisation/item-matrices';
import { personSummary } from '../../domain/organisation/organisation-people';
import { defaultPeopleSort, peopleOrder } from '../../domain/organisation/organisation-people-view';
import { noOverrides } from '../../domain/organisation/organisation-persons';
import { personRowsOf, rollUpState } from '../../domain/organisation/organisation-rollup';
import { peopleShortOn } from '../../domain/organisation/organisation-shortfalls';
import { addFiles, emptyRollupState } from '../../domain/organisation/organisation-state';
import { catalogueSchema } from '../../domain/profile/catalogue';
import { roleProfileSchema } from '../../domain/profile/role-profile';
import { renderApp } from '../../testing/render-app';
import { testNow } from '../../testing/test-store';
import { NameRanks } from './name-ranks';
import { readBackupText } from './read-backup';
import type { RollupMessage, RollupRequest, RollupView } from './rollup-protocol';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './organisation-screen';

// Who is short, watched: how often it is worked out.
vi.mock('../../domain/organisation/organisation-shortfalls', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../domain/organisation/organisation-shortfalls')>();
  return { ...original, peopleShortOn: vi.fn(original.peopleShortOn) };
});

/** jsdom has no Web Worker: this one keeps what the page sends it, and answers as the combiner when the test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: RollupRequest[] = [];
  listeners: ((event: MessageEvent<RollupMessage>) => void)[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: RollupRequest) {
    this.sent.push(message);
  }
  terminate() {}
  addEventListener(type: string, listener: never) {
    if (type === 'message') this.listeners.push(listener);
  }
  answer(message: RollupMessage) {
    for (const listener of this.listeners) listener(new MessageEvent('message', { data: message }));
  }
}

const read = (name: string): unknown => JSON.parse(readFileSync(`public/profiles/${name}`, 'utf8'));
const catalogue = catalogueSchema.parse(read('catalogue.json'));
const profiles = ['mcio', 'dcio', 'cio-assistant'].map((id) => roleProfileSchema.parse(read(`${id}.json`)));
const context = { profiles: profileKeysById({ profiles, catalogue }), now: testNow };
const items = itemsByProfile({ profiles, catalogue });
const today = localCalendarDateOf(testNow);

/** A roll-up of 60 generated backups as the combiner sends it: the people in the default order, the item matrices. */
function rollupOf(): { view: RollupView; people: RollupView['people'] } {
  const input = { items, defaultTarget: 3 as const, today };
  const outcomes = makeRollupBackups(60).map((file) => personRowsOf(readBackupText({ ok: true, text: file.text }, file.name, context), input));
  const rollup = rollUpState(addFiles(emptyRollupState, outcomes), items);
  const sorted = [...rollup.people].sort(peopleOrder(defaultPeopleSort, 'en'));
  const itemKeys = rollup.ranking.map((entry) => entry.item.key);
  const made = itemMatrices(sorted, itemKeys, items);
  const ranks = new NameRanks('en');
  ranks.update(sorted.map((person) => person.sortName));
  const people = sorted.map((person) => ({ ...personSummary(person), nameRank: ranks.rankOf(person.sortName) }));
  const view: RollupView = {
    ...rollup,
    people: [],
    overrides: noOverrides,
    today,
    sortedIn: 'en',
    itemKeys,
    itemGaps: made.gaps,
    itemTargets: made.targets,
    itemUnrated: made.unrated,
    timings: { read: 0, parse: 0, combine: 0, readers: 1 },
  };
  return { view, people };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('who is short of what, when the people table is sorted (issue 25)', () => {
  it('is not worked out again: a sort changes only the order of the people', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user } = renderApp('#/organisation', { language: 'en' });
    await user.upload(await screen.findByLabelText('Choose files'), new File(['{}'], 'a.json', { type: 'application/json' }));
    const combiner = FakeWorker.made.find((worker) => worker.sent.some((message) => message.type === 'warm-up' && message.role === 'combiner'));
    const job = combiner?.sent.flatMap((message) => (message.type === 'begin' ? [message.job] : [])).at(-1);
    if (!combiner || job === undefined) throw new Error('no roll-up begun');
    const { view, people } = rollupOf();
    act(() => {
      combiner.answer({ type: 'people', job, people });
      combiner.answer({ type: 'done', job, rollup: view, order: people.map((person) => person.id) });
    });
    const short = await screen.findByRole('region', { name: 'Who is short of what' });
    await waitFor(() => expect(within(short).getAllByRole('row').length).toBeGreaterThan(1));
    // The heatmap, below the table, follows the table's sort and page a painted frame later, as the parts beside it do.
    const heatmap = await screen.findByRole('region', { name: 'Readiness map: people × skill groups' });
    const heatmapFirst = () => heatmap.querySelector('tbody th')?.textContent ?? '';
    await waitFor(() => expect(heatmapFirst()).not.toBe(''));
    const before = heatmapFirst();
    const runs = vi.mocked(peopleShortOn).mock.calls.length;
    expect(runs).toBeGreaterThan(0);

    // Sorted by name the other way: the table and the heatmap below it (which follows the table) show the last name first.
    const table = within(screen.getByRole('region', { name: 'People' })).getByRole('table');
    await user.click(within(table).getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(heatmapFirst()).not.toBe(before));
    expect(vi.mocked(peopleShortOn).mock.calls.length).toBe(runs);
  });
});

import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import type { PersonView, RollupMessage, RollupRequest, RollupView } from './rollup-protocol';
import { heldMessage } from './held-text';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './organisation-screen';

/**
 * jsdom has no Web Worker: this one keeps what the page sends it and answers nothing (as workers still reading),
 * unless the test makes it answer as the combiner would.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: (RollupRequest | 'terminated')[] = [];
  listeners: { message: ((event: MessageEvent<RollupMessage>) => void)[]; error: (() => void)[] } = { message: [], error: [] };
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: RollupRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.sent.push('terminated');
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    this.listeners[type].push(listener);
  }
  answer(message: RollupMessage) {
    for (const listener of this.listeners.message) listener(new MessageEvent('message', { data: message }));
  }
  fail() {
    for (const listener of this.listeners.error) listener();
  }
  /** The jobs begun on this worker. */
  begun(): number[] {
    return this.sent.flatMap((message) => (typeof message === 'object' && message.type === 'begin' ? [message.job] : []));
  }
}

const person: PersonView = {
  id: 'person-one',
  source: 'somchai.json',
  name: 'นายสมชาย ใจดี',
  sortName: 'สมชาย ใจดี',
  position: 'ผู้อำนวยการ',
  agency: 'กรมตัวอย่าง',
  profileId: 'mcio',
  appointedOn: '2025-10-01',
  assessedOn: '2026-10-01',
  updatedAt: '2026-10-01T03:00:00.000Z',
  overall: 0.5,
  groups: {},
  groupRated: {},
  rated: 3,
  total: 6,
  belowTarget: 2,
  starredTotal: 1,
  starredOutstanding: 1,
  nearestDeadline: null,
  status: 'acquired',
  served: [],
  unplanned: 0,
  starredUnplanned: 0,
  evidence: 0,
  earlier: [],
  basis: 'alone',
  nameRank: 0,
};

const view = (today: string): RollupView => ({
  people: [],
  ranking: [],
  files: 1,
  fileNames: ['somchai.json'],
  assessments: 1,
  duplicates: [],
  refused: [],
  skipped: [],
  migrated: [],
  dataAsOf: '2026-10-01',
  possible: [],
  itemKeys: [],
  itemGaps: new Float32Array(),
  itemTargets: new Float32Array(),
  itemUnrated: new Uint8Array(),
  overrides: { separate: [], joined: [] },
  today,
  sortedIn: 'en',
  timings: { read: 0, parse: 0, combine: 0, readers: 1 },
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

const combiner = () =>
  FakeWorker.made.find((worker) =>
    worker.sent.some(
      (message) => typeof message === 'object' && message.type === 'warm-up' && message.role === 'combiner' && !worker.sent.includes('terminated'),
    ),
  );
const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('the organisation screen', () => {
  it('hands the chosen backups to its workers, shows the reading, and cancels it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user } = renderApp('#/organisation', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose files'), file('somchai.json'));
    expect(await screen.findByText('Reading file 0 of 1')).toBeInTheDocument();
    expect(combiner()?.begun()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled: nothing was combined.')).toBeInTheDocument();
  });

  it('leaves the roll-up shown as it was when adding files is cancelled or fails, and gives new workers what it held', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { user } = renderApp('#/organisation', { language: 'en' });
    await user.upload(await screen.findByLabelText('Choose files'), file('somchai.json'));
    const first = combiner();
    const [job] = first?.begun() ?? [];
    if (!first || job === undefined) throw new Error('no roll-up begun');
    act(() => {
      first.answer({ type: 'people', job, people: [person] });
      first.answer({ type: 'done', job, rollup: view('2026-11-27'), order: [person.id] });
      first.answer(heldMessage(job, '{"held":"what was read"}').message);
    });
    const summary = 'Read 1 file: 1 person from 1 assessment; 0 files with a problem';
    expect(await screen.findByRole('heading', { name: summary })).toBeInTheDocument();

    // More files, added and then cancelled: the roll-up stays on screen, and the workers drop the job.
    await user.upload(screen.getByLabelText('Add files'), file('suda.json'));
    expect(await screen.findByText('Reading file 0 of 1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: summary })).toBeInTheDocument();
    const added = first.begun().at(-1);
    expect(first.sent).toContainEqual(expect.objectContaining({ type: 'begin', job: added, replace: false }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled: the roll-up is as it was before the files were chosen.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: summary })).toBeInTheDocument();
    expect(first.sent).toContainEqual({ type: 'cancel', job: added });

    // Again, and a worker fails: the roll-up stays, and the new combiner is given what the old one held.
    await user.upload(screen.getByLabelText('Add files'), file('suda.json'));
    act(() => first.fail());
    expect(await screen.findByText('The files could not be combined: the roll-up is as it was before they were chosen. Please try again.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: summary })).toBeInTheDocument();
    expect(combiner()?.sent).toContainEqual(expect.objectContaining({ type: 'seed', text: '{"held":"what was read"}' }));
  });
});

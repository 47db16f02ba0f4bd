import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeResource, needItems } from '../../testing/training-needs-factory';
import { NeedsClient, useWorked } from './needs-client';
import type { NeedsLoad, NeedsMessage } from './needs-protocol';

/** One person short on DG100 (2 of 3) and one resource that closes it. */
const load: NeedsLoad = {
  people: [{ id: 'p1', name: 'สมชาย', position: 'ผู้อำนวยการ', agency: 'กรม ก', appointedOn: '2026-03-01', served: [], row: 0 }],
  itemKeys: needItems.map((item) => item.key),
  gaps: new Float32Array([2, 0, 0, 0]),
  targets: new Float32Array([3, Number.NaN, Number.NaN, Number.NaN]),
  items: needItems,
  resources: [makeResource({ id: 'R1', level: 3 })],
  today: '2026-12-06',
};

/** A worker that keeps what the page posts; the test answers. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number; request: { type: string } }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<NeedsMessage>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; request: { type: string } }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: NeedsMessage) {
    this.onmessage?.({ data: message } as MessageEvent<NeedsMessage>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('NeedsClient', () => {
  it('works the needs out in the page where there is no Web Worker (jsdom), the same session as the worker', async () => {
    const client = new NeedsClient();
    const view = await client.ask({ type: 'load', load });
    expect(view).toMatchObject({ people: 1, years: [2027], first: { grouping: 'all', total: 1, rows: [{ resource: 0, people: 1, points: 2 }] } });
    const proposal = await client.ask({ type: 'propose', ask: { fiscalYear: 2027, budgetBaht: 3000, pinned: [], dropped: [] } });
    expect(proposal).toMatchObject({ places: 1, costBaht: 3000, funded: [{ resource: 0, tier: 'other', people: 1 }] });
  });

  it('starts its worker on the first request, settles each answer by its number whatever the order, and rejects a refusal', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new NeedsClient();
    expect(FakeWorker.made).toHaveLength(0);
    const loaded = client.ask({ type: 'load', load });
    const paged = client.ask({ type: 'demand', grouping: 'agency', page: 1 });
    const worker = FakeWorker.made[0];
    if (!worker) throw new Error('no worker started');
    expect(worker.posted.map((message) => [message.id, message.request.type])).toEqual([
      [0, 'load'],
      [1, 'demand'],
    ]);
    const page = { grouping: 'agency' as const, rows: [], total: 0, page: 0, pages: 1 };
    worker.answer({ id: 1, ok: true, result: page, span: [performance.timeOrigin, performance.timeOrigin + 1] });
    worker.answer({ id: 0, ok: false, error: 'No needs', span: [performance.timeOrigin, performance.timeOrigin + 1] });
    await expect(paged).resolves.toEqual(page);
    await expect(loaded).rejects.toThrow('No needs');
  });

  it('stops its worker when the section goes, and a request still waiting is refused', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new NeedsClient();
    const waiting = client.ask({ type: 'needs-csv' });
    client.stop();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    await expect(waiting).rejects.toThrow(/closed/);
    // Asked again, it starts a new one.
    void client.ask({ type: 'needs-csv' }).catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });
});

describe('useWorked', () => {
  it('keeps the last answer shown, not current, until the answer for the new key comes, and ignores an answer that came late', async () => {
    const answers = new Map<string, (value: string) => void>();
    const work = (key: string) => new Promise<string>((resolve) => answers.set(key, resolve));
    const { result, rerender } = renderHook(({ key }: { key: string | null }) => useWorked(key, work), { initialProps: { key: 'a' as string | null } });
    expect(result.current).toEqual({ value: null, current: false, failed: false });
    await act(async () => answers.get('a')?.('A'));
    expect(result.current).toEqual({ value: 'A', current: true, failed: false });
    rerender({ key: 'b' });
    expect(result.current).toEqual({ value: 'A', current: false, failed: false });
    rerender({ key: 'c' });
    // 'b' answers after 'c' was asked: it is never shown.
    await act(async () => answers.get('b')?.('B'));
    expect(result.current.value).toBe('A');
    await act(async () => answers.get('c')?.('C'));
    expect(result.current).toEqual({ value: 'C', current: true, failed: false });
  });

  it('says when the work failed for the current key', async () => {
    const { result } = renderHook(() => useWorked('a', () => Promise.reject(new Error('stopped'))));
    await waitFor(() => expect(result.current).toEqual({ value: null, current: true, failed: true }));
  });
});

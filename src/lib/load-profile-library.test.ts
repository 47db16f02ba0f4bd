import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeProfile, makeRatingScale } from '../testing/profile-factory';
import { loadProfileLibrary } from './load-profile-library';

const base = 'http://127.0.0.1/app/profiles/';
const goodFiles: Record<string, string> = {
  'index.json': JSON.stringify({ catalogue: 'catalogue.json', ratingScale: 'rating-scale.json', profiles: [{ id: 'mcio', file: 'mcio.json' }] }),
  'catalogue.json': JSON.stringify(makeCatalogue()),
  'rating-scale.json': JSON.stringify(makeRatingScale()),
  'mcio.json': JSON.stringify(makeProfile()),
};

function fakeFetch(files: Record<string, string | Error>) {
  const requested: string[] = [];
  const fetchFn = async (url: string) => {
    requested.push(url);
    const body = files[url.slice(base.length)];
    if (body instanceof Error) throw body;
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 });
  };
  return { fetchFn, requested };
}

describe('loadProfileLibrary', () => {
  it('loads the index, then the catalogue and profiles it lists, under the base URL', async () => {
    const { fetchFn, requested } = fakeFetch(goodFiles);
    const result = await loadProfileLibrary(base, fetchFn);
    expect(result.ok).toBe(true);
    expect(requested).toEqual([`${base}index.json`, `${base}catalogue.json`, `${base}rating-scale.json`, `${base}mcio.json`]);
  });

  it('reports a missing file with its HTTP status', async () => {
    const { fetchFn } = fakeFetch({ ...goodFiles, 'mcio.json': undefined as unknown as string });
    expect(await loadProfileLibrary(base, fetchFn)).toEqual({ ok: false, problems: [{ file: 'mcio.json', kind: 'not-found', status: 404 }] });
  });

  it('reports a file that is not JSON', async () => {
    const { fetchFn } = fakeFetch({ ...goodFiles, 'catalogue.json': '{ nope' });
    expect(await loadProfileLibrary(base, fetchFn)).toEqual({ ok: false, problems: [{ file: 'catalogue.json', kind: 'not-json' }] });
  });

  it('reports a network failure without throwing', async () => {
    const { fetchFn } = fakeFetch({ ...goodFiles, 'index.json': new TypeError('offline') });
    expect(await loadProfileLibrary(base, fetchFn)).toEqual({ ok: false, problems: [{ file: 'index.json', kind: 'unreadable' }] });
  });

  it('reports an invalid index', async () => {
    const { fetchFn } = fakeFetch({ ...goodFiles, 'index.json': '{"profiles": []}' });
    const result = await loadProfileLibrary(base, fetchFn);
    expect(!result.ok && result.problems[0]?.file).toBe('index.json');
  });
});

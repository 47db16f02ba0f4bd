import { afterEach, describe, expect, it } from 'vitest';
import type { KeptView } from '../../domain/organisation/kept-view';
import { noPeopleFilter } from '../../domain/organisation/organisation-people-view';
import { createSafeStorage } from '../../lib/safe-storage';
import { storageKeys } from '../../lib/storage-keys';
import { clearKeptRollup, keepRollup, keptStorageBytes, readKeptRollup, readKeptTableView, restoreKeptRollup } from './kept-rollup';

const storage = createSafeStorage(() => localStorage);
afterEach(() => localStorage.clear());
const held = '{"keys":{},"files":[],"assessments":[],"duplicates":[],"overrides":{"separate":[],"joined":[]}}';
const view: KeptView = { filter: { ...noPeopleFilter, agency: 'กรมป่าไม้' }, sort: { key: 'overall', direction: 'ascending' }, columns: ['agency', 'overall'] };

describe("the kept roll-up and its table's view (HR trial point 4)", () => {
  it("keeps the table's view beside the roll-up, under its own key, and reads it back", () => {
    expect(keepRollup(storage, held, '2026-12-06T03:00:00.000Z', view)).toBe(true);
    expect(readKeptTableView(storage)).toEqual(view);
    expect(JSON.parse(localStorage.getItem(storageKeys.keptRollupView) ?? 'null')).toEqual(view);
    // What it states it stores counts both keys.
    const both = [storageKeys.keptRollup, storageKeys.keptRollupView].reduce(
      (sum, key) => sum + (key.length + (localStorage.getItem(key) ?? '').length) * 2,
      0,
    );
    expect(keptStorageBytes(storage)).toBe(both);
  });

  it('opens a roll-up kept before its view was: no view, the table as it opens', () => {
    localStorage.setItem(storageKeys.keptRollup, `{"format":"cio-skills-compass-rollup","version":2,"keptAt":"2026-12-01T03:00:00.000Z","rollup":${held}}`);
    expect(readKeptRollup(storage)?.keptAt).toBe('2026-12-01T03:00:00.000Z');
    expect(readKeptTableView(storage)).toBeNull();
  });

  it('keeps again without a view, clears both, and puts both back on Undo', () => {
    keepRollup(storage, held, '2026-12-06T03:00:00.000Z', view);
    keepRollup(storage, held, '2026-12-06T04:00:00.000Z', null);
    expect(readKeptTableView(storage)).toBeNull();
    keepRollup(storage, held, '2026-12-06T05:00:00.000Z', view);
    const [text, viewText] = [localStorage.getItem(storageKeys.keptRollup) ?? '', localStorage.getItem(storageKeys.keptRollupView)];
    clearKeptRollup(storage);
    expect([localStorage.getItem(storageKeys.keptRollup), localStorage.getItem(storageKeys.keptRollupView)]).toEqual([null, null]);
    expect(restoreKeptRollup(storage, text, viewText)).toBe(true);
    expect(readKeptTableView(storage)).toEqual(view);
  });
});

import { useState } from 'react';
import type { Clock } from '../../lib/clock';
import type { SafeStorage } from '../../lib/safe-storage';
import type { KeptView } from '../../domain/organisation/kept-view';
import { clearKeptRollup, keepRollup, keptRollupKey, keptStorageBytes, keptViewKey, readKeptRollup, readKeptTableView, restoreKeptRollup } from './kept-rollup';

export type KeepNotice = 'kept' | 'keepFailed' | null;

/**
 * "Keep" and its clearing: what is kept (when, and its size), the notice of the last keep, and the text last cleared,
 * held in memory only (so that Undo can put it back until the page is left, and never after).
 */
export function useKeep(storage: SafeStorage, clock: Clock) {
  const [kept, setKept] = useState(() => {
    const read = readKeptRollup(storage);
    return read && { ...read, bytes: keptStorageBytes(storage), view: readKeptTableView(storage) };
  });
  const [notice, setNotice] = useState<KeepNotice>(null);
  const [cleared, setCleared] = useState<{ text: string; view: string | null } | null>(null);
  return {
    kept,
    notice,
    cleared: cleared !== null,
    /** Keeps `text` (what the combiner holds) and the table's `view`; says whether it was kept. */
    keep(text: string | null, view: KeptView | null) {
      const keptAt = clock.now().toISOString();
      const ok = text !== null && keepRollup(storage, text, keptAt, view);
      setNotice(ok ? 'kept' : 'keepFailed');
      setCleared(null);
      if (ok) setKept({ text: '', keptAt, bytes: keptStorageBytes(storage), view });
    },
    /** Forgets what is kept, holding its text (and the table's view) for Undo. */
    clear() {
      const text = storage.getItem(keptRollupKey);
      setCleared(text === null ? null : { text, view: storage.getItem(keptViewKey) });
      clearKeptRollup(storage);
      setKept(null);
      setNotice(null);
    },
    /** Puts back what was cleared; returns its text to open again and the table's view, or null when the browser refused it. */
    undo(): { text: string; view: KeptView | null } | null {
      if (cleared === null || !restoreKeptRollup(storage, cleared.text, cleared.view)) {
        setNotice('keepFailed');
        return null;
      }
      const read = readKeptRollup(storage);
      const view = readKeptTableView(storage);
      setKept(read && { ...read, bytes: keptStorageBytes(storage), view });
      setCleared(null);
      return { text: cleared.text, view };
    },
    forgetNotice: () => setNotice(null),
  };
}

import { useState } from 'react';
import type { Clock } from '../../lib/clock';
import type { SafeStorage } from '../../lib/safe-storage';
import { clearKeptRollup, keepRollup, keptBytes, keptRollupKey, readKeptRollup, restoreKeptRollup } from './kept-rollup';

export type KeepNotice = 'kept' | 'keepFailed' | null;

/**
 * "Keep" and its clearing: what is kept (when, and its size), the notice of the last keep, and the text last cleared,
 * held in memory only (so that Undo can put it back until the page is left, and never after).
 */
export function useKeep(storage: SafeStorage, clock: Clock) {
  const [kept, setKept] = useState(() => {
    const read = readKeptRollup(storage);
    return read && { ...read, bytes: keptBytes(read.text) };
  });
  const [notice, setNotice] = useState<KeepNotice>(null);
  const [cleared, setCleared] = useState<string | null>(null);
  return {
    kept,
    notice,
    cleared: cleared !== null,
    /** Keeps `text` (what the combiner holds); says whether it was kept. */
    keep(text: string | null) {
      const keptAt = clock.now().toISOString();
      const ok = text !== null && keepRollup(storage, text, keptAt);
      setNotice(ok ? 'kept' : 'keepFailed');
      setCleared(null);
      if (ok) setKept({ text: '', keptAt, bytes: keptBytes(storage.getItem(keptRollupKey) ?? '') });
    },
    /** Forgets what is kept, holding its text for Undo. */
    clear() {
      setCleared(storage.getItem(keptRollupKey));
      clearKeptRollup(storage);
      setKept(null);
      setNotice(null);
    },
    /** Puts back what was cleared; returns its text to open again, or null when the browser refused it. */
    undo(): string | null {
      if (cleared === null || !restoreKeptRollup(storage, cleared)) {
        setNotice('keepFailed');
        return null;
      }
      const read = readKeptRollup(storage);
      setKept(read && { ...read, bytes: keptBytes(read.text) });
      setCleared(null);
      return cleared;
    },
    forgetNotice: () => setNotice(null),
  };
}

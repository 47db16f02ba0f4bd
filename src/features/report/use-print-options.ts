import { useState } from 'react';
import { keepMemo, keptMemo } from '../../lib/memo-storage';
import { useAppStoreApi } from '../../store/app-store-context';
import type { PrintOptions } from './report-options';

/**
 * The printing options: the memo heading starts from what was last typed in this browser (its date empty: a memo is
 * dated when sent) and is kept as it is typed; Thai digits and the review to print start afresh on each visit.
 */
export function usePrintOptions() {
  const { storage } = useAppStoreApi();
  const [options, setOptions] = useState<PrintOptions>(() => ({ memo: { ...keptMemo(storage), date: '' }, thaiDigits: false, reviewId: null }));
  const [reviewChosen, setReviewChosen] = useState(false);
  function change(next: PrintOptions) {
    setReviewChosen(true);
    if (next.memo !== options.memo) keepMemo(storage, next.memo);
    setOptions(next);
  }
  return { options, reviewChosen, change };
}

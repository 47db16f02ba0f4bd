import { useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { ReviewFormValues } from './review-form-values';
import { useUnratedTranslation } from './unrated-messages';

type Pending = { count: number; firstKey: string; proceed: () => void };

/**
 * Before a review is exported with items unrated (issue 26, second trial: level 1 exported 41 of 61 unrated unawares):
 * how many, and a choice between going on from the first unrated item (the safe answer, with the focus and on Escape)
 * and exporting as it is. A review with every item rated exports at once.
 */
export function useUnratedConfirm(items: readonly AssessmentItem[]) {
  const { t } = useUnratedTranslation();
  const [pending, setPending] = useState<Pending | null>(null);

  function beforeExport(values: ReviewFormValues, proceed: () => void) {
    const unrated = items.filter((_, index) => (values.items[index]?.value ?? '') === '');
    const first = unrated[0];
    if (!first) return proceed();
    setPending({ count: unrated.length, firstKey: first.key, proceed });
  }

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      tone="primary"
      title={t('unrated.title', { count: pending?.count ?? 0, total: items.length })}
      body={t('unrated.body')}
      cancelLabel={t('unrated.go')}
      confirmLabel={t('unrated.export')}
      onConfirm={() => {
        pending?.proceed();
        setPending(null);
      }}
      onCancel={() => {
        const key = pending?.firstKey;
        setPending(null);
        // After the dialog has closed and given the focus back to the export button: the item's first choice, scrolled
        // into view (ui/rating's focusItem is not imported here, so that this screen's chunks stay as they were).
        if (key) setTimeout(() => document.querySelector<HTMLInputElement>(`[data-key="${key}"] input[type=radio]`)?.focus(), 0);
      }}
    />
  );
  return { beforeExport, dialog };
}

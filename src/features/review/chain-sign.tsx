import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { Review } from '../../domain/assessment/review-schema';
import { createReviewFile } from '../../domain/files/review';
import { chainComplete } from '../../domain/files/review-chain';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useAppStore } from '../../store/app-store-context';
import { ChainStatus } from '../../ui/chain-status';
import { Icon } from '../../ui/icon';
import { useChainFormTranslation } from './chain-form-messages';
import { SignForm } from './sign-form';

/**
 * A review's chain on the reviews screen: its steps with dates, then, once every level has given its opinion, the
 * appointee's acknowledgement, and after it HR's receipt: the file for HR, who records it in their own browser and
 * sends it back (issue 26, second trial), or recorded here when HR signs at this computer. Each is kept on the review.
 */
export function ChainSign({ review, assessment }: { review: Review; assessment: Assessment }) {
  const { language, t } = useChainFormTranslation();
  const importReview = useAppStore((state) => state.importReview);
  const keep = (changes: Partial<Review>) => importReview(assessment.id, { ...review, ...changes });
  return (
    <>
      <ChainStatus review={review} assessment={assessment} language={language} />
      {chainComplete(review) && !review.acknowledged && (
        <SignForm
          step="acknowledged"
          title={t('chainForm.acknowledge')}
          hint={t('chainForm.acknowledgeHint')}
          initial={{ name: assessment.appointee.name, position: assessment.appointee.position }}
          onSave={(acknowledged) => keep({ acknowledged })}
        />
      )}
      {review.acknowledged && !review.received && (
        <>
          <FileForHr review={review} assessment={assessment} />
          <SignForm
            step="received"
            title={t('chainForm.receive')}
            hint={t('chainForm.receiveHint')}
            initial={{ name: '', position: '' }}
            onSave={(received) => keep({ received })}
          />
        </>
      )}
    </>
  );
}

/** The acknowledged review as a file for HR, who records receipt in their own browser and sends it back. */
function FileForHr({ review, assessment }: { review: Review; assessment: Assessment }) {
  const { t } = useChainFormTranslation();
  const [exported, setExported] = useState<string | null>(null);
  function exportForHr() {
    const on = review.acknowledged?.signedOn ?? review.reviewer.reviewedOn;
    const name = `${safeFileName('review-for-hr', review.profileId.toUpperCase(), assessment.appointee.name, on)}.json`;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(review, __APP_VERSION__, assessment.appointee), null, 2)], { type: 'application/json' }), name);
    setExported(name);
  }
  return (
    <div className="chain-for-hr" data-for-hr>
      <p className="field__hint">{t('chainForm.forHrHint')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={exportForHr}>
          {t('chainForm.forHr')}
        </button>
      </p>
      {exported && (
        <p className="notice" role="status">
          <Icon name="check" /> {t('chainForm.forHrExported', { file: exported })}
        </p>
      )}
    </div>
  );
}

import type { Assessment } from '../../domain/assessment/assessment';
import type { Review } from '../../domain/assessment/review-schema';
import { chainComplete } from '../../domain/files/review-chain';
import { useAppStore } from '../../store/app-store-context';
import { ChainStatus } from '../../ui/chain-status';
import { useChainFormTranslation } from './chain-form-messages';
import { SignForm } from './sign-form';

/**
 * A review's chain on the reviews screen: its steps with dates, then, once every level has given its opinion, the
 * appointee's acknowledgement, and after it HR's receipt (here, in the appointee's browser), each kept on the review.
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
        <SignForm
          step="received"
          title={t('chainForm.receive')}
          hint={t('chainForm.receiveHint')}
          initial={{ name: '', position: '' }}
          onSave={(received) => keep({ received })}
        />
      )}
    </>
  );
}

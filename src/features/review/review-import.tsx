import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { ProfileKeys } from '../../domain/files/profile-keys';
import { parseReviewFor } from '../../domain/files/review';
import { useAppStore, useClock } from '../../store/app-store-context';
import { FilePicker, useExchangeFile } from './file-picker';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';
import { RatingsChangedNote } from '../../ui/ratings-changed-note';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { changesSinceRequest, type ChangeSinceRequest } from '../../domain/files/review-changes';
import { useProfileLibrary } from '../../lib/profile-library-context';

type Outcome = { kind: 'imported'; name: string; replaced: boolean; receipt: string | null; since: ChangeSinceRequest } | null;

/** Brings a reviewer's file back onto the assessment: refused with a reason, or attached (flagged if ratings changed since). */
export function ReviewImport({ assessment, profileKeys, items }: { assessment: Assessment; profileKeys: ProfileKeys; items: readonly AssessmentItem[] }) {
  const { language, t } = useReviewTranslation();
  const importReview = useAppStore((state) => state.importReview);
  const clock = useClock();
  const { ratingScale } = useProfileLibrary();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const exchange = useExchangeFile();

  async function readFile(file: File) {
    setOutcome(null);
    const result = await exchange.read(file, (text) => parseReviewFor(text, assessment, { profile: profileKeys, now: clock.now().toISOString() }));
    if (!result) return;
    importReview(assessment.id, result.review);
    setOutcome({
      kind: 'imported',
      // Every level whose opinion the file carries, in order: a chain's file is more than its first reviewer's.
      name: [result.review.reviewer.name, ...(result.review.chain?.opinions ?? []).map((opinion) => opinion.name)].join(', '),
      replaced: result.replaces !== null,
      // HR's file back: the receipt is what it adds.
      receipt: result.replaces && !result.replaces.received && result.review.received ? result.review.received.name : null,
      since: changesSinceRequest(result.review, assessment, items, ratingScale.defaultTarget),
    });
  }

  return (
    <section className="panel" aria-labelledby="bring-back-title">
      <h2 id="bring-back-title">{t('reviews.bringBack')}</h2>
      <p id="bring-back-hint" className="field__hint">
        {t('reviews.bringBackHint')}
      </p>
      <FilePicker label={t('reviews.chooseReview')} hintId="bring-back-hint" onFile={(file) => void readFile(file)} />
      {exchange.refusal}
      {outcome?.kind === 'imported' && (
        <div className="notice review-notice" role="status">
          <p>
            <Icon name="check" />{' '}
            {outcome.receipt
              ? t('reviews.receiptAdded', { name: outcome.receipt })
              : t(outcome.replaced ? 'reviews.replaced' : 'reviews.imported', { name: outcome.name })}
          </p>
          <RatingsChangedNote since={outcome.since} scale={ratingScale} language={language} className="review-flag" />
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { createReviewRequest } from '../../domain/files/review';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { newId } from '../../lib/ids';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';
import { useAppStore, useClock } from '../../store/app-store-context';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { sentRequestOf } from '../../domain/files/review-changes';
import { useRequestLevels } from './request-levels';

/** Exports a review request for one assessment, with or without the self-ratings (hidden by default). */
export function RequestExport({ assessment, abbreviation }: { assessment: Assessment; abbreviation: string }) {
  const { t } = useReviewTranslation();
  const [showSelf, setShowSelf] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const clock = useClock();
  const { ratingScale } = useProfileLibrary();
  const exportedReviewRequest = useAppStore((state) => state.exportedReviewRequest);
  const { levels, fields } = useRequestLevels();

  function exportRequest() {
    const input = { requestId: newId(), selfRatingsShown: showSelf, now: clock.now().toISOString(), defaultTarget: ratingScale.defaultTarget };
    const request = createReviewRequest(assessment, { ...input, appVersion: __APP_VERSION__, levels });
    // Told apart by name: a request that shows the self-ratings must not be sent by mistake for one that hides them.
    const file = `${safeFileName(showSelf ? 'review-request-with-self-ratings' : 'review-request-without-self-ratings', abbreviation, assessment.appointee.name, clock.today())}.json`;
    downloadBlob(new Blob([JSON.stringify(request, null, 2)], { type: 'application/json' }), file);
    // Kept on the assessment: what was asked about, so that the review can say what changed since.
    exportedReviewRequest(assessment.id, sentRequestOf(assessment, input));
    setExported(file);
  }

  return (
    <section className="panel" aria-labelledby="ask-title">
      <h2 id="ask-title">{t('reviews.ask')}</h2>
      <p>{t('reviews.askHint')}</p>
      <p className="checkbox-field">
        <input id="show-self" type="checkbox" checked={showSelf} onChange={(event) => setShowSelf(event.target.checked)} aria-describedby="show-self-hint" />
        <label htmlFor="show-self">{t('reviews.showSelf')}</label>
      </p>
      <p id="show-self-hint" className="field__hint">
        {t('reviews.showSelfHint')}
      </p>
      {fields}
      <p>
        <button type="button" className="button" onClick={exportRequest}>
          {t('reviews.exportRequest')}
        </button>
      </p>
      {exported && (
        <p className="notice" role="status">
          <Icon name="check" /> {t('reviews.requestExported', { file: exported })}
        </p>
      )}
    </section>
  );
}

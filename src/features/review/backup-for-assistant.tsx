import { useId, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { withoutReviews } from '../../domain/assessment/assessment-updates';
import { createBackup } from '../../domain/files/backup';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName } from '../../lib/file-name';
import { useClock } from '../../store/app-store-context';
import { Icon } from '../../ui/icon';
import { useReviewTranslation } from './use-review-translation';

/**
 * The backup an assistant works on, for the plan hand-off: without the reviews by others unless the appointee ticks
 * them in (they may be confidential). Not counted as the user's own backup, since it may leave something out.
 */
export function BackupForAssistant({ assessment, abbreviation }: { assessment: Assessment; abbreviation: string }) {
  const { t } = useReviewTranslation();
  const clock = useClock();
  const id = useId();
  const [withReviews, setWithReviews] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const hasReviews = (assessment.reviews ?? []).length > 0 || (assessment.rounds ?? []).some((round) => (round.reviews ?? []).length > 0);

  function exportBackup() {
    const backup = createBackup([withReviews ? assessment : withoutReviews(assessment)], { appVersion: __APP_VERSION__, now: clock.now().toISOString() });
    const file = assessmentFileName(
      assessment,
      abbreviation,
      withReviews || !hasReviews ? 'backup-for-assistant' : 'backup-for-assistant-without-reviews',
      'json',
    );
    downloadBlob(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }), file);
    setExported(file);
  }

  return (
    <div className="backup-for-assistant">
      <h3>{t('reviews.toAssistant')}</h3>
      <p>{t('reviews.toAssistantHint')}</p>
      {hasReviews && (
        <p className="checkbox-field">
          <input
            id={`${id}-reviews`}
            type="checkbox"
            checked={withReviews}
            onChange={(event) => setWithReviews(event.target.checked)}
            aria-describedby={`${id}-hint`}
          />
          <label htmlFor={`${id}-reviews`}>{t('reviews.toAssistantWithReviews')}</label>
        </p>
      )}
      {hasReviews && (
        <p id={`${id}-hint`} className="field__hint">
          {t('reviews.toAssistantReviewsHint')}
        </p>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={exportBackup}>
          {t('reviews.toAssistantExport')}
        </button>
      </p>
      {exported && (
        <p className="notice" role="status">
          <Icon name="check" /> {t('reviews.toAssistantExported', { file: exported })}
        </p>
      )}
    </div>
  );
}

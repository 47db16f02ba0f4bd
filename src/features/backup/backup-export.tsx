import { assessmentCsvRows } from '../../domain/files/assessment-csv';
import type { Assessment } from '../../domain/assessment/assessment';
import { profileItems } from '../../domain/assessment/assessment-items';
import { createBackup } from '../../domain/files/backup';
import { withoutReviews } from '../../domain/assessment/assessment-updates';
import { assessmentCsvWords } from '../../i18n/assessment-csv-messages';
import { toExcelCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName, safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { backupTitle, roleName } from './backup-titles';
import { useBackupTranslation } from './use-backup-translation';

/** Every assessment kept here, newest first: all of them in one backup, or each one alone as JSON or as a CSV for HR. */
export function BackupExport() {
  const library = useProfileLibrary();
  const { language, t } = useBackupTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const exportedBackup = useAppStore((state) => state.exportedBackup);
  const store = useAppStoreApi();
  const list = Object.values(assessments).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // Reviews by others may be confidential: the user says whether a backup carries them (it does by default, as a
  // backup of one's own should; a file for someone else may leave them out, and then is not counted as a backup).
  const hasReviews = list.some(
    (assessment) => (assessment.reviews ?? []).length > 0 || (assessment.rounds ?? []).some((round) => (round.reviews ?? []).length > 0),
  );
  const [withReviews, setWithReviews] = useState(true);

  function exportJson(items: Assessment[], fileName: string) {
    const whole = withReviews || !hasReviews;
    const backup = createBackup(whole ? items : items.map(withoutReviews), { appVersion: __APP_VERSION__, now: store.clock.now().toISOString() });
    downloadBlob(
      new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }),
      whole ? fileName : fileName.replace(/\.json$/, '_without-reviews.json'),
    );
    if (whole && items.length === list.length) exportedBackup(backup.exportedAt);
  }

  function exportCsv(assessment: Assessment) {
    const found = profileItems(library, assessment.profileId);
    if (!found) return;
    const rows = assessmentCsvRows(found.items, assessment, {
      defaultTarget: library.ratingScale.defaultTarget,
      role: found.profile.abbreviation,
      words: assessmentCsvWords,
    });
    downloadBlob(
      new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }),
      assessmentFileName(assessment, roleName(library.profiles, assessment), 'hr', 'csv'),
    );
  }

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('backup.export')}</h2>
      {list.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <>
          {hasReviews && <ReviewsChoice checked={withReviews} onChange={setWithReviews} />}
          <p>
            <button type="button" className="button" onClick={() => exportJson(list, `${safeFileName('cio-skills-compass', 'all', store.clock.today())}.json`)}>
              {t('backup.exportAll')}
            </button>
          </p>
          <ul className="backup__list split-rows">
            {list.map((assessment) => {
              const title = backupTitle(library.profiles, assessment, language);
              return (
                <li key={assessment.id}>
                  <span>{title}</span>
                  <span className="backup__buttons">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => exportJson([assessment], assessmentFileName(assessment, roleName(library.profiles, assessment), 'backup', 'json'))}
                      aria-label={`${t('backup.exportJson')} ${title}`}
                    >
                      {t('backup.exportJson')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => exportCsv(assessment)}
                      aria-label={`${t('backup.exportCsv')} ${title}`}
                    >
                      {t('backup.exportCsv')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Whether the backup carries the reviews by others, with why it matters. */
function ReviewsChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useBackupTranslation();
  return (
    <>
      <p className="checkbox-field">
        <input
          id="backup-with-reviews"
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby="backup-with-reviews-hint"
        />
        <label htmlFor="backup-with-reviews">{t('backup.withReviews')}</label>
      </p>
      <p id="backup-with-reviews-hint" className="field__hint">
        {t('backup.withReviewsHint')}
      </p>
    </>
  );
}

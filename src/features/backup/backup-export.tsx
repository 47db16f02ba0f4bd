import { safeFileName, assessmentFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStoreApi } from '../../store/app-store-context';
import { backupTitle, roleName } from './backup-titles';
import { EvidenceZipExport } from './evidence-zip-export';
import { useBackupExport } from './use-backup-export';
import { useBackupTranslation } from './use-backup-translation';

/** Every assessment kept here, newest first: all of them in one backup (JSON, or a zip with the evidence files), or each one alone as JSON or as a CSV for HR. */
export function BackupExport() {
  const library = useProfileLibrary();
  const { language, t } = useBackupTranslation();
  const store = useAppStoreApi();
  const { list, hasReviews, withReviews, setWithReviews, backupOf, exported, exportJson, exportCsv } = useBackupExport();

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
          <EvidenceZipExport items={list} backupOf={backupOf} exported={exported} />
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

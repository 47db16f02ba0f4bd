import { assessmentCsvRows } from '../../domain/assessment-csv';
import type { Assessment } from '../../domain/assessment';
import { profileItems } from '../../domain/assessment-items';
import { createBackup } from '../../domain/backup';
import { assessmentCsvWords } from '../../i18n/assessment-csv-messages';
import { toExcelCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName, safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
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

  function exportJson(items: Assessment[], fileName: string) {
    const backup = createBackup(items, { appVersion: __APP_VERSION__, now: store.clock.now().toISOString() });
    downloadBlob(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }), fileName);
    if (items.length === list.length) exportedBackup(backup.exportedAt);
  }

  function exportCsv(assessment: Assessment) {
    const found = profileItems(library, assessment.profileId);
    if (!found) return;
    const rows = assessmentCsvRows(found.items, assessment, { defaultTarget: library.ratingScale.defaultTarget, role: found.profile.abbreviation, words: assessmentCsvWords });
    downloadBlob(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), assessmentFileName(assessment, roleName(library.profiles, assessment), 'hr', 'csv'));
  }

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('backup.export')}</h2>
      {list.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <>
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
                    <button type="button" className="button button--secondary" onClick={() => exportJson([assessment], assessmentFileName(assessment, roleName(library.profiles, assessment), 'backup', 'json'))} aria-label={`${t('backup.exportJson')} ${title}`}>
                      {t('backup.exportJson')}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => exportCsv(assessment)} aria-label={`${t('backup.exportCsv')} ${title}`}>
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

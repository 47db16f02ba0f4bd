import './backup.css';
import { useDocumentTitle } from '../../lib/document-title';
import { useScreenArrival } from '../../lib/screen-arrival';
import { BackupExport } from './backup-export';
import { BackupImport } from './backup-import';
import { DataSafety } from './data-safety';
import { useBackupTranslation } from './use-backup-translation';

/** Export one or all assessments (JSON backup, CSV for HR) and import a backup, refusing bad files clearly. */
export function BackupScreen() {
  const { t } = useBackupTranslation();
  useDocumentTitle(t('backup.title'), t('app.name'));
  useScreenArrival('backup');
  return (
    <div className="backup">
      <section className="panel" aria-labelledby="backup-title">
        <h1 id="backup-title">{t('backup.title')}</h1>
        <p>{t('backup.intro')}</p>
      </section>
      <BackupExport />
      <DataSafety />
      <BackupImport />
    </div>
  );
}

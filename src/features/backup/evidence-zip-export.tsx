import { useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { formatFileSize } from '../../domain/files/file-size';
import { pickText, type LocalizedText } from '../../domain/shared/localized-text';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useAppStoreApi } from '../../store/app-store-context';
import type { BackupToExport } from './use-backup-export';
import { loadZipWords } from './zip-words';
import { useBackupTranslation } from './use-backup-translation';

/**
 * "Export with evidence files": one zip holding the same JSON backup and every evidence file the assessments name,
 * each listed with its SHA-256. Shown once a file is attached; fflate, the writing and its words load on the click.
 */
export function EvidenceZipExport({
  items,
  backupOf,
  exported,
}: {
  items: Assessment[];
  backupOf: (items: Assessment[]) => BackupToExport;
  exported: (items: Assessment[], backup: BackupToExport) => void;
}) {
  const { language, t } = useBackupTranslation();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<LocalizedText[]>([]);
  const { count, bytes } = useMemo(() => {
    const files = new Map(items.flatMap((assessment) => (assessment.evidence ?? []).map((file) => [file.id, file.size] as const)));
    return { count: files.size, bytes: [...files.values()].reduce((sum, size) => sum + size, 0) };
  }, [items]);
  if (count === 0) return null;

  async function exportZip() {
    setBusy(true);
    setNotices([]);
    const [{ writeEvidenceZip }, zipWords] = await Promise.all([import('../../lib/evidence-zip'), loadZipWords()]);
    setNotices([zipWords('zip.writing')]);
    try {
      const backup = backupOf(items);
      const written = await writeEvidenceZip(items, backup.text);
      const name = safeFileName('cio-skills-compass', 'all', store.clock.today(), backup.whole ? 'evidence' : 'evidence_without-reviews');
      downloadBlob(written.blob, `${name}.zip`);
      exported(items, backup);
      const { missing } = written;
      setNotices([
        zipWords('zip.written', { count: written.files }),
        ...(missing.length > 0 ? [zipWords('zip.missing', { count: missing.length, names: missing.join(', ') })] : []),
      ]);
    } catch {
      setNotices([zipWords('zip.failed')]);
    }
    setBusy(false);
  }

  return (
    <>
      <p>
        <button type="button" className="button" onClick={() => void exportZip()} disabled={busy} aria-describedby="export-zip-hint">
          {t('backup.exportZip')}
        </button>
      </p>
      <p id="export-zip-hint" className="field__hint">
        {t('backup.exportZipHint', { count, size: formatFileSize(bytes) })}
      </p>
      <div role="status">
        {notices.map((notice) => (
          <p key={notice.en}>{pickText(notice, language)}</p>
        ))}
      </div>
    </>
  );
}

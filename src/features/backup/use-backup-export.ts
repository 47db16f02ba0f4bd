import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { profileItems } from '../../domain/assessment/assessment-items';
import { withoutReviews } from '../../domain/assessment/assessment-updates';
import { assessmentCsvRows } from '../../domain/files/assessment-csv';
import { createBackup } from '../../domain/files/backup';
import { assessmentCsvWords } from '../../i18n/assessment-csv-messages';
import { toExcelCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { roleName } from './backup-titles';

/** A backup as export writes it, whether it is whole (with the reviews by others), and its JSON text. */
export interface BackupToExport {
  text: string;
  whole: boolean;
  exportedAt: string;
}

/**
 * Every assessment kept here, newest first, and what export does with them: the JSON backup (of all or one), the CSV
 * for HR, and whether a backup carries the reviews by others.
 */
export function useBackupExport() {
  const library = useProfileLibrary();
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

  function backupOf(items: Assessment[]): BackupToExport {
    const whole = withReviews || !hasReviews;
    const backup = createBackup(whole ? items : items.map(withoutReviews), { appVersion: __APP_VERSION__, now: store.clock.now().toISOString() });
    return { text: JSON.stringify(backup, null, 2), whole, exportedAt: backup.exportedAt };
  }

  /** A whole backup of every assessment counts as the last backup. */
  function exported(items: Assessment[], backup: BackupToExport) {
    if (backup.whole && items.length === list.length) exportedBackup(backup.exportedAt);
  }

  function exportJson(items: Assessment[], fileName: string) {
    const backup = backupOf(items);
    downloadBlob(new Blob([backup.text], { type: 'application/json' }), backup.whole ? fileName : fileName.replace(/\.json$/, '_without-reviews.json'));
    exported(items, backup);
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

  return { list, hasReviews, withReviews, setWithReviews, backupOf, exported, exportJson, exportCsv };
}

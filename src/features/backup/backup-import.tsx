import { useState, type DragEvent } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { ownEntry } from '../../domain/shared/own-entry';
import { replaceLosses } from '../../domain/files/replace-losses';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore } from '../../store/app-store-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileField } from '../../ui/file-field';
import { backupTitle } from './backup-titles';
import { ImportOutcomeNotice, ImportProgress } from './import-outcome';
import { useBackupImport } from './use-backup-import';
import { useBackupTranslation } from './use-backup-translation';

/** Import a backup: the file field and its drop zone, how far the check has got, what became of the file. */
export function BackupImport() {
  const { t } = useBackupTranslation();
  const { outcome, pending, progress, fileInput, refusal, readFile, choose, closeDialog } = useBackupImport();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  return (
    <>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{t('backup.import')}</h2>
        <p className="field__hint" id="import-hint">
          {t('backup.importHint')}
        </p>
        <p className="field">
          <FileField
            inputRef={fileInput}
            id="import-file"
            label={t('backup.chooseFile')}
            accept=".json,.zip,application/json,application/zip"
            aria-describedby="import-hint"
            onFiles={([file]) => {
              if (file) void readFile(file);
            }}
          />
        </p>
        {/* Dropping is a shortcut for the file field above, which keyboard and screen-reader users use. */}
        <div
          className={dragging ? 'drop-zone drop-zone--over' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          aria-hidden="true"
        >
          {t('backup.dropZone')}
        </div>
        {progress && <ImportProgress {...progress} />}
        <ImportOutcomeNotice ref={refusal} outcome={outcome} />
      </section>
      <ReplaceOrKeepBoth pending={pending} onChoose={choose} onCancel={closeDialog} />
    </>
  );
}

/** The question when a file holds assessments this browser already has: keep both, or replace, and what replacing loses. */
function ReplaceOrKeepBoth({
  pending,
  onChoose,
  onCancel,
}: {
  pending: Assessment[] | null;
  onChoose: (mode: 'replace' | 'keep-both') => void;
  onCancel: () => void;
}) {
  const { profiles } = useProfileLibrary();
  const { language, t } = useBackupTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const conflicts = pending?.filter((assessment) => ownEntry(assessments, assessment.id)) ?? [];
  // Replacing drops what the saved copies hold and the file does not: said before the user chooses (a trial lost a
  // rating made after the export this way).
  const losses = pending ? replaceLosses(assessments, pending) : [];
  const lost = losses.reduce((sum, loss) => sum + loss.parts, 0);
  const body = [
    t('backup.conflictBody', { count: conflicts.length, titles: conflicts.map((assessment) => backupTitle(profiles, assessment, language)).join(', ') }),
    ...(lost > 0 ? [t(losses.some((loss) => loss.savedIsNewer) ? 'backup.replaceLosesNewer' : 'backup.replaceLoses', { count: lost })] : []),
  ].join(' ');
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('backup.conflictTitle')}
      body={body}
      tone="primary"
      confirmLabel={t('backup.keepBoth')}
      onConfirm={() => onChoose('keep-both')}
      otherChoices={[{ label: t('backup.replace'), onChoose: () => onChoose('replace') }]}
      cancelLabel={t('backup.cancel')}
      onCancel={onCancel}
    />
  );
}

import './backup.css';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { flushSync } from 'react-dom';
import { assessmentCsvRows } from '../../domain/assessment-csv';
import { assessmentCsvWords } from '../../i18n/assessment-csv-messages';
import { profileItems } from '../../domain/assessment-items';
import { profileOf } from '../../domain/role-profile';
import { assessedBeforeAppointed, type Assessment } from '../../domain/assessment';
import { createBackup } from '../../domain/backup';
import { withoutReviews } from '../../domain/assessment-updates';
import { profileKeysById } from '../../domain/profile-keys';
import { assessmentTitle } from '../../lib/assessment-title';
import { toExcelCsv } from '../../lib/csv';
import { useDocumentTitle } from '../../lib/document-title';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName, safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileField } from '../../ui/file-field';
import { DataSafety } from './data-safety';
import { ImportOutcomeNotice, ImportProgress, type ImportOutcome } from './import-outcome';
import { readBackupOffPage } from '../../lib/read-backup-off-page';
import { nextTask } from '../../lib/next-task';
import { wordsOfProblem } from '../../i18n/problem-words';
import { useBackupTranslation } from './use-backup-translation';
import { ownEntry } from '../../domain/own-entry';
import { replaceLosses } from '../../domain/replace-losses';


/** Export one or all assessments (JSON backup, CSV for HR) and import a backup, refusing bad files clearly. */
export function BackupScreen() {
  const library = useProfileLibrary();
  const { profiles, ratingScale } = library;
  const { language, t } = useBackupTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const importAssessments = useAppStore((state) => state.importAssessments);
  const exportedBackup = useAppStore((state) => state.exportedBackup);
  const store = useAppStoreApi();
  const [outcome, setOutcome] = useState<ImportOutcome>(null);
  const [pending, setPending] = useState<Assessment[] | null>(null);
  const [dragging, setDragging] = useState(false);
  // How far the check of a large file has got; null while no file is being read.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const reads = useRef(0);
  const profileKeys = useMemo(() => profileKeysById(library), [library]);
  const fileInput = useRef<HTMLInputElement>(null);
  const refusal = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('backup.title'), t('app.name'));
  useScreenArrival('backup');
  const list = Object.values(assessments).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const abbreviation = (assessment: Assessment) => profileOf(profiles, assessment.profileId)?.abbreviation ?? assessment.profileId;

  // Reviews by others may be confidential: the user says whether a backup carries them (it does by default, as a
  // backup of one's own should; a file for someone else may leave them out, and then is not counted as a backup).
  const hasReviews = list.some((assessment) => (assessment.reviews ?? []).length > 0 || (assessment.rounds ?? []).some((round) => (round.reviews ?? []).length > 0));
  const [withReviews, setWithReviews] = useState(true);
  function exportJson(items: Assessment[], fileName: string) {
    const whole = withReviews || !hasReviews;
    const backup = createBackup(whole ? items : items.map(withoutReviews), { appVersion: __APP_VERSION__, now: store.clock.now().toISOString() });
    downloadBlob(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }), whole ? fileName : fileName.replace(/\.json$/, '_without-reviews.json'));
    if (whole && items.length === list.length) exportedBackup(backup.exportedAt);
  }

  function exportCsv(assessment: Assessment) {
    const found = profileItems(library, assessment.profileId);
    if (!found) return;
    const rows = assessmentCsvRows(found.items, assessment, { defaultTarget: ratingScale.defaultTarget, role: found.profile.abbreviation, words: assessmentCsvWords });
    downloadBlob(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), assessmentFileName(assessment, abbreviation(assessment), 'hr', 'csv'));
  }

  function closeDialog() {
    setPending(null);
    requestAnimationFrame(() => fileInput.current?.focus());
  }

  function finish(incoming: Assessment[], mode: 'replace' | 'keep-both', migratedFrom: number | null) {
    importAssessments(incoming, mode, t('backup.copySuffix'));
    closeDialog();
    const assessedEarly = incoming.filter((assessment) => assessedBeforeAppointed(assessment.appointee)).map((assessment) => assessmentTitle(assessment, abbreviation(assessment), language));
    setOutcome({ kind: 'imported', count: incoming.length, migratedFrom, assessedEarly });
  }

  async function readFile(file: File) {
    setOutcome(null);
    const read = (reads.current += 1);
    const result = await readBackupOffPage(file, { profiles: profileKeys, now: store.clock.now().toISOString() }, (done, total) => read === reads.current && setProgress({ done, total }));
    // A file chosen while another was still being read replaces it.
    if (read !== reads.current) return;
    // For tests and the bench: the file is read and checked; storing it comes in a task of its own.
    performance.mark('backup:file-read');
    await nextTask();
    setProgress(null);
    if (!result.ok) {
      const words = await wordsOfProblem(result.problem.message);
      if (read !== reads.current) return;
      flushSync(() => setOutcome({ kind: 'refused', file: file.name, ...result.problem, words }));
      refusal.current?.focus();
      return;
    }
    const existing = store.getState().assessments;
    if (result.assessments.some((assessment) => ownEntry(existing, assessment.id))) {
      setPending(result.assessments);
      setOutcome({ kind: 'imported', count: 0, migratedFrom: result.migratedFrom, assessedEarly: [] });
    } else finish(result.assessments, 'replace', result.migratedFrom);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  const conflicts = pending?.filter((assessment) => ownEntry(assessments, assessment.id)) ?? [];
  // Replacing drops what the saved copies hold and the file does not: said before the user chooses (a trial lost a
  // rating made after the export this way).
  const losses = pending ? replaceLosses(assessments, pending) : [];
  const lost = losses.reduce((sum, loss) => sum + loss.parts, 0);
  const conflictBody = [
    t('backup.conflictBody', { count: conflicts.length, titles: conflicts.map((a) => assessmentTitle(a, abbreviation(a), language)).join(', ') }),
    ...(lost > 0 ? [t(losses.some((loss) => loss.savedIsNewer) ? 'backup.replaceLosesNewer' : 'backup.replaceLoses', { count: lost })] : []),
  ].join(' ');
  return (
    <div className="backup">
      <section className="panel" aria-labelledby="backup-title">
        <h1 id="backup-title">{t('backup.title')}</h1>
        <p>{t('backup.intro')}</p>
      </section>
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('backup.export')}</h2>
        {list.length === 0 ? (
          <p>{t('backup.none')}</p>
        ) : (
          <>
            {hasReviews && (
              <>
                <p className="checkbox-field">
                  <input id="backup-with-reviews" type="checkbox" checked={withReviews} onChange={(event) => setWithReviews(event.target.checked)} aria-describedby="backup-with-reviews-hint" />
                  <label htmlFor="backup-with-reviews">{t('backup.withReviews')}</label>
                </p>
                <p id="backup-with-reviews-hint" className="field__hint">
                  {t('backup.withReviewsHint')}
                </p>
              </>
            )}
            <p>
              <button type="button" className="button" onClick={() => exportJson(list, `${safeFileName('cio-skills-compass', 'all', store.clock.today())}.json`)}>
                {t('backup.exportAll')}
              </button>
            </p>
            <ul className="backup__list split-rows">
              {list.map((assessment) => {
                const title = assessmentTitle(assessment, abbreviation(assessment), language);
                return (
                  <li key={assessment.id}>
                    <span>{title}</span>
                    <span className="backup__buttons">
                      <button type="button" className="button button--secondary" onClick={() => exportJson([assessment], assessmentFileName(assessment, abbreviation(assessment), 'backup', 'json'))} aria-label={`${t('backup.exportJson')} ${title}`}>
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
      <DataSafety />
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
            accept=".json,application/json"
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
        {progress && <ImportProgress done={progress.done} total={progress.total} />}
        <ImportOutcomeNotice ref={refusal} outcome={outcome} />
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={t('backup.conflictTitle')}
        body={conflictBody}
        tone="primary"
        confirmLabel={t('backup.keepBoth')}
        onConfirm={() => pending && finish(pending, 'keep-both', outcome?.kind === 'imported' ? outcome.migratedFrom : null)}
        otherChoices={[{ label: t('backup.replace'), onChoose: () => pending && finish(pending, 'replace', outcome?.kind === 'imported' ? outcome.migratedFrom : null) }]}
        cancelLabel={t('backup.cancel')}
        onCancel={() => closeDialog()}
      />
    </div>
  );
}

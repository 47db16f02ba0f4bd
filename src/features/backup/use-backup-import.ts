import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { assessedBeforeAppointed, type Assessment } from '../../domain/assessment/assessment';
import { ownEntry } from '../../domain/shared/own-entry';
import { profileKeysById } from '../../domain/files/profile-keys';
import { wordsOfProblem } from '../../i18n/problem-words';
import { nextTask } from '../../lib/next-task';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { readBackupOffPage } from '../../lib/read-backup-off-page';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { backupTitle } from './backup-titles';
import type { ImportOutcome } from './import-outcome';
import { useBackupTranslation } from './use-backup-translation';

/**
 * Reading a backup the user chose, off the page: its progress, then refused with the focus on why, imported, or held
 * (`pending`) while the user chooses between keeping both and replacing the assessments it shares with this browser.
 */
export function useBackupImport() {
  const library = useProfileLibrary();
  const { language, t } = useBackupTranslation();
  const importAssessments = useAppStore((state) => state.importAssessments);
  const store = useAppStoreApi();
  const [outcome, setOutcome] = useState<ImportOutcome>(null);
  const [pending, setPending] = useState<Assessment[] | null>(null);
  // How far the check of a large file has got; null while no file is being read.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const reads = useRef(0);
  const profileKeys = useMemo(() => profileKeysById(library), [library]);
  const fileInput = useRef<HTMLInputElement>(null);
  const refusal = useRef<HTMLDivElement>(null);

  function closeDialog() {
    setPending(null);
    requestAnimationFrame(() => fileInput.current?.focus());
  }

  function finish(incoming: Assessment[], mode: 'replace' | 'keep-both', migratedFrom: number | null) {
    importAssessments(incoming, mode, t('backup.copySuffix'));
    closeDialog();
    const assessedEarly = incoming
      .filter((assessment) => assessedBeforeAppointed(assessment.appointee))
      .map((assessment) => backupTitle(library.profiles, assessment, language));
    setOutcome({ kind: 'imported', count: incoming.length, migratedFrom, assessedEarly });
  }

  /** Keeps both, or replaces, the assessments held while the user chose. */
  function choose(mode: 'replace' | 'keep-both') {
    if (pending) finish(pending, mode, outcome?.kind === 'imported' ? outcome.migratedFrom : null);
  }

  async function readFile(file: File) {
    setOutcome(null);
    const read = (reads.current += 1);
    const result = await readBackupOffPage(
      file,
      { profiles: profileKeys, now: store.clock.now().toISOString() },
      (done, total) => read === reads.current && setProgress({ done, total }),
    );
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

  return { outcome, pending, progress, fileInput, refusal, readFile, choose, closeDialog };
}

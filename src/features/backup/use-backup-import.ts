import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { assessedBeforeAppointed, type Assessment } from '../../domain/assessment/assessment';
import { ownEntry } from '../../domain/shared/own-entry';
import { profileKeysById } from '../../domain/files/profile-keys';
import type { ImportProblem } from '../../domain/files/backup';
import type { LocalizedText } from '../../domain/shared/localized-text';
import { wordsOfProblem } from '../../i18n/problem-words';
import { nextTask } from '../../lib/next-task';
import { useProfileLibrary } from '../../lib/profile-library-context';
import type { ZipEvidence } from '../../lib/evidence-zip';
import { readBackupOffPage } from '../../lib/read-backup-off-page';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { backupTitle } from './backup-titles';
import type { ImportOutcome } from './import-outcome';
import { useBackupTranslation } from './use-backup-translation';
import { loadZipWords } from './zip-words';

type Evidence = ZipEvidence | null;
export interface ImportProgressState {
  done: number;
  total: number;
  /** What is being checked, when not the assessments. */
  label: LocalizedText | null;
}

/** A zip by its name or its first bytes (a zip starts "PK\x03\x04"), whatever the browser says its type is. */
async function isZip(file: File): Promise<boolean> {
  if (/\.zip$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

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
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const reads = useRef(0);
  // The evidence files of a zip held while the user chooses, kept only with its assessments.
  const pendingFiles = useRef<Evidence>(null);
  const profileKeys = useMemo(() => profileKeysById(library), [library]);
  const fileInput = useRef<HTMLInputElement>(null);
  const pendingName = useRef('');
  const refusal = useRef<HTMLDivElement>(null);

  function closeDialog() {
    setPending(null);
    pendingFiles.current = null;
    requestAnimationFrame(() => fileInput.current?.focus());
  }

  async function finish(incoming: Assessment[], mode: 'replace' | 'keep-both', migratedFrom: number | null, file: string, evidence: Evidence) {
    closeDialog();
    // The files first, all or none: an assessment names only a file kept. On a fault nothing is imported. Each file
    // written is said (role status), as the check before it: many files take seconds.
    const kept = evidence
      ? await Promise.all([import('../../lib/evidence-zip'), loadZipWords()]).then(([{ keepZipEvidence }, zipWords]) =>
          keepZipEvidence(evidence, (done, total) => setProgress({ done, total, label: zipWords('zip.importing', { done, total }) })),
        )
      : null;
    setProgress(null);
    if (kept && !kept.ok) return refuse(file, kept.problem);
    const withFiles = evidence ? await loadZipWords().then((zipWords) => zipWords('zip.imported', { count: evidence.files.length })) : null;
    importAssessments(incoming, mode, t('backup.copySuffix'));
    const assessedEarly = incoming
      .filter((assessment) => assessedBeforeAppointed(assessment.appointee))
      .map((assessment) => backupTitle(library.profiles, assessment, language));
    setOutcome({ kind: 'imported', count: incoming.length, migratedFrom, assessedEarly, withFiles });
  }

  async function refuse(file: string, problem: ImportProblem, read = reads.current) {
    const words = await wordsOfProblem(problem.message);
    // A file chosen while another was still being read replaces it.
    if (read !== reads.current) return;
    flushSync(() => setOutcome({ kind: 'refused', file, ...problem, words }));
    refusal.current?.focus();
  }

  /** Keeps both, or replaces, the assessments held while the user chose. */
  function choose(mode: 'replace' | 'keep-both') {
    if (pending) void finish(pending, mode, outcome?.kind === 'imported' ? outcome.migratedFrom : null, pendingName.current, pendingFiles.current);
  }

  async function readFile(file: File) {
    setOutcome(null);
    const read = (reads.current += 1);
    const context = { profiles: profileKeys, now: store.clock.now().toISOString() };
    const onProgress = (done: number, total: number, label: LocalizedText | null = null) => read === reads.current && setProgress({ done, total, label });
    const result = (await isZip(file))
      ? await Promise.all([import('../../lib/evidence-zip'), loadZipWords()]).then(([{ readEvidenceZip }, zipWords]) =>
          readEvidenceZip(file, context, (done, total, what) => onProgress(done, total, what === 'files' ? zipWords('zip.checking', { done, total }) : null)),
        )
      : await readBackupOffPage(file, context, onProgress).then((read) => (read.ok ? { ...read, evidence: null } : read));
    // A file chosen while another was still being read replaces it.
    if (read !== reads.current) return;
    // For tests and the bench: the file is read and checked; storing it comes in a task of its own.
    performance.mark('backup:file-read');
    await nextTask();
    setProgress(null);
    if (!result.ok) return refuse(file.name, result.problem, read);
    const { evidence } = result;
    const existing = store.getState().assessments;
    if (result.assessments.some((assessment) => ownEntry(existing, assessment.id))) {
      pendingFiles.current = evidence;
      pendingName.current = file.name;
      setPending(result.assessments);
      setOutcome({ kind: 'imported', count: 0, migratedFrom: result.migratedFrom, assessedEarly: [], withFiles: null });
    } else await finish(result.assessments, 'replace', result.migratedFrom, file.name, evidence);
  }

  return { outcome, pending, progress, fileInput, refusal, readFile, choose, closeDialog };
}

import type { Assessment, EvidenceFile } from '../domain/assessment/assessment';
import { markEvidenceRemoved, purgeRemovedEvidence } from '../lib/evidence-store';
import { newId } from '../lib/ids';

/**
 * Evidence files the user removed on this page, which an undo can still bring back until the page is left. Their
 * bytes are marked with this page in IndexedDB at once, and deleted by the next page that loads evidence files once
 * this one is gone: a page holds a Web Lock named for it while it lives, so another tab never deletes what this one
 * may still undo; and never while an assessment still names the file (an undo in another tab, merged in).
 */
interface Removal {
  assessmentId: string;
  file: EvidenceFile;
}

const page = newId();
const lockPrefix = 'cio-skills-compass-evidence-page-';
let removals: readonly Removal[] = [];
const listeners = new Set<() => void>();
let holding = false;

function change(next: readonly Removal[]): void {
  removals = next;
  listeners.forEach((listener) => listener());
}

/** Holds this page's lock for as long as the page lives (a promise that never settles). */
function holdPageLock(): void {
  if (holding || typeof navigator === 'undefined' || !navigator.locks) return;
  holding = true;
  void navigator.locks.request(lockPrefix + page, () => new Promise<never>(() => undefined));
}

/** The user removed `file` from an assessment. */
export function noteRemoval(assessmentId: string, file: EvidenceFile): void {
  holdPageLock();
  change([...removals.filter((removal) => removal.file.id !== file.id), { assessmentId, file }]);
  void markEvidenceRemoved([file.id], page, true).catch(() => undefined);
}

/** The removal was undone: the file is kept. */
export function takeBackRemoval(fileId: string): void {
  change(removals.filter((removal) => removal.file.id !== fileId));
  void markEvidenceRemoved([fileId], page, false).catch(() => undefined);
}

export function subscribeRemovals(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentRemovals(): readonly Removal[] {
  return removals;
}

/** The assessments as they are when a purge runs (the store's, read then and not before). */
type CurrentAssessments = () => Readonly<Record<string, Assessment>>;

/** The one home of the rule that keeps a file's bytes: an assessment still names it (a copy, an undo merged in). */
function stillNamedBy(assessments: CurrentAssessments): (fileId: string) => boolean {
  return (fileId) => Object.values(assessments()).some((assessment) => assessment.evidence?.some((file) => file.id === fileId));
}

/**
 * Deletes the bytes of files removed on pages now gone, that no assessment names. Without Web Locks (an old
 * browser) no page can tell another is gone, so nothing is deleted: bytes kept are never a loss.
 */
export async function purgeRemovals(assessments: CurrentAssessments): Promise<number> {
  if (typeof navigator === 'undefined' || !navigator.locks) return 0;
  const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name));
  return purgeRemovedEvidence((other) => other === page || held.has(lockPrefix + other), stillNamedBy(assessments)).catch(() => 0);
}

/**
 * The files of a deleted assessment: their bytes go at once (a deletion has no undo), unless an assessment still
 * names them (a copy made with its evidence). Marked first under a page that is never alive, so that a purge that
 * fails now is finished by the next page that shows evidence files.
 */
export async function forgetDeletedFiles(files: readonly EvidenceFile[], assessments: CurrentAssessments): Promise<number> {
  if (files.length === 0) return 0;
  try {
    await markEvidenceRemoved(
      files.map((file) => file.id),
      deletedPage,
      true,
    );
  } catch {
    return 0;
  }
  return purgeRemovals(assessments);
}
const deletedPage = 'deleted-assessment';

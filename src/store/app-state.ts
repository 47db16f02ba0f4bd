import type { Appointee, Assessment, ExperienceRecord, ProficiencyRating, EvidenceFile } from '../domain/assessment/assessment';
import type { CalendarDate } from '../domain/calendar/calendar-date';
import type { DevelopmentAction } from '../domain/assessment/development-action';
import type { Language } from '../domain/shared/localized-text';
import type { PlanChange } from '../domain/scoring/plan-changes';
import type { GapBasis, Review, SentRequest } from '../domain/assessment/review-schema';
import type { RoleProfileId } from '../domain/profile/role-profile';
import type { StoredState } from '../domain/assessment/stored-state';
import type { PersistentStorageOutcome as BrowserAnswer } from '../lib/persistent-storage';
import type { StorageNotice } from './persistence';

export type PersistentStorageOutcome = 'unknown' | BrowserAnswer;

/** The store's state: what is stored, what the user must be told about it, today's date, and the actions. */
export interface AppState extends StoredState {
  /** What the user must be told about the stored data (newer version, unreadable text, parts set aside). */
  storageNotices: StorageNotice[];
  /** False while nothing may be written under the app's key (a newer app's data, or data that could not be read or copied). */
  writable: boolean;
  /** Whether the browser agreed to keep this site's data under storage pressure (navigator.storage.persist). */
  persistentStorage: PersistentStorageOutcome;
  /** Today where the user is, from the store's clock; it changes when the day does, so dates on screen follow. */
  today: CalendarDate;
  chooseLanguage(language: Language): void;
  startAssessment(input: { profileId: RoleProfileId; appointee: Appointee; title?: string }): string;
  updateAppointee(id: string, appointee: Appointee): void;
  renameAssessment(id: string, title: string): void;
  switchAssessment(id: string): void;
  /** A copy of the assessment; its reviews only when `withReviews` (the user is asked). */
  duplicateAssessment(id: string, title: string, withReviews: boolean): string | undefined;
  deleteAssessment(id: string): void;
  rateItem(id: string, key: string, level: ProficiencyRating['level']): void;
  setItemTarget(id: string, key: string, target: ProficiencyRating['target']): void;
  noteItem(id: string, key: string, note: string): void;
  /** Undoes a cleared rating: level, target and note back as they were. */
  undoClearRating(id: string, key: string, rating: ProficiencyRating): void;
  recordExperience(id: string, experienceId: string, patch: Partial<ExperienceRecord>): void;
  addAction(id: string, action: Omit<DevelopmentAction, 'id'>): string;
  updateAction(id: string, actionId: string, patch: Partial<Omit<DevelopmentAction, 'id'>>): void;
  removeAction(id: string, actionId: string): void;
  /**
   * An evidence file was attached (its bytes kept in IndexedDB first), or its removal undone: `attached`; or the user
   * removed it: not `attached` (its bytes stay until the page is left, for undo).
   */
  setEvidenceAttached(id: string, file: EvidenceFile, attached: boolean): void;
  /** Starts the next round of the assessment today; its reviews stay with the round closed unless `carryReviews`. */
  startRound(id: string, carryReviews: boolean): void;
  /** A review request was exported: the assessment keeps what it asked about (`sent`). */
  exportedReviewRequest(id: string, sent: SentRequest): void;
  /** Attaches a review (replacing an earlier export of the same one); self-ratings are never touched. */
  importReview(id: string, review: Review): void;
  /** The user chose what the figures, the gaps, the plan and the report use (kept with the assessment). */
  chooseGapBasis(id: string, basis: GapBasis): void;
  /** Removes a review from the assessment (one imported by mistake); `importReview` puts it back in its place. */
  removeReview(id: string, reviewId: string): void;
  /** Applies the accepted changes of an assistant's plan hand-off; rejected ones change nothing. */
  acceptPlanChanges(id: string, changes: readonly PlanChange[], accepted: ReadonlySet<string>): void;
  /**
   * The user chose between the two versions of a part two tabs changed at once: the one shown (`null`), or the
   * other, given as the whole assessment with it (domain/assessment/conflicts.ts `withOtherVersion`). Either way the part is
   * changed now, so the conflict ends in every tab.
   */
  resolveConflict(id: string, part: string, replacement: Assessment | null): void;
  /** Adds imported assessments: 'replace' overwrites one with the same id; 'keep-both' gives the import a new id. */
  importAssessments(assessments: Assessment[], mode: 'replace' | 'keep-both', copySuffix: string): string[];
  /** The user saved a backup file of their assessments, stamped `at`. */
  exportedBackup(at: string): void;
  /** The user has read a notice about the stored data. */
  dismissStorageNotice(kind: StorageNotice['kind']): void;
  /** The user downloaded or no longer wants a part that could not be read. */
  discardSetAside(name: string): void;
  persistentStorageAnswered(outcome: PersistentStorageOutcome): void;
}

/** The keys of the state that are stored, from the stored state's own defaults. */
export type StoredKey = keyof StoredState;

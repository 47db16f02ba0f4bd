import type { LocalizedText } from './localized-text';

/**
 * What a problem with a file says, as a key the features put into words (i18n/problem-messages.ts, Thai and
 * English): the domain says which problem and with what values, never the words.
 */
export type ProblemMessageKey =
  // Any file the user chooses.
  | 'problem.tooLarge'
  | 'problem.versionMissing'
  | 'problem.versionNotOurs'
  | 'problem.forbiddenKey'
  | 'problem.unknownRole'
  | 'problem.invalid'
  // What an assessment, plan or review in a file holds, against its role profile (content-checks.ts).
  | 'problem.tooMany.actions'
  | 'problem.tooMany.rounds'
  | 'problem.tooMany.reviews'
  | 'problem.tooMany.requests'
  | 'problem.unknownItem'
  | 'problem.unknownItems'
  | 'problem.sameActionId'
  | 'problem.sameReviewId'
  | 'problem.sameRequestId'
  | 'problem.targetBeforeStart'
  | 'problem.reviewInFuture'
  // A backup or "Download my data" file (backup.ts).
  | 'problem.backup.notABackupFile'
  | 'problem.backup.notJson'
  | 'problem.backup.empty'
  | 'problem.backup.tooDeep'
  | 'problem.backup.notOurs'
  | 'problem.backup.newerVersion'
  | 'problem.backup.tooMany'
  | 'problem.backup.noAssessment'
  | 'problem.backup.levelOutOfRange'
  | 'problem.backup.targetOutOfRange'
  | 'problem.backup.invalidAssessment'
  | 'problem.backup.sameAssessmentId'
  | 'problem.backup.unreadable'
  // A backup with evidence files, a zip (evidence-zip.ts).
  | 'problem.zip.damaged'
  | 'problem.zip.notOurs'
  | 'problem.zip.tooManyEntries'
  | 'problem.zip.unsafePath'
  | 'problem.zip.twice'
  | 'problem.zip.entryTooLarge'
  | 'problem.zip.tooLargeUnpacked'
  | 'problem.zip.badManifest'
  | 'problem.zip.unlisted'
  | 'problem.zip.missingFile'
  | 'problem.zip.sameFile'
  | 'problem.zip.notNamed'
  | 'problem.zip.hashMismatch'
  | 'problem.zip.otherFileKept'
  | 'problem.zip.storageFull'
  | 'problem.zip.storageUnavailable'
  | 'problem.zip.storageFailed'
  // A review request, a review or a plan hand-off (exchange-file.ts).
  | 'problem.exchange.notJson'
  | 'problem.exchange.notARequest'
  | 'problem.exchange.notAReview'
  | 'problem.exchange.notAHandoff'
  | 'problem.exchange.newerVersion'
  | 'problem.exchange.otherRole'
  | 'problem.exchange.otherAssessment'
  | 'problem.exchange.duplicateReview'
  | 'problem.exchange.earlierRoundReview'
  | 'problem.exchange.senderMissing'
  | 'problem.exchange.noLevelLeft'
  | 'problem.exchange.receivedAlready'
  | 'problem.exchange.tooManyOpinions'
  // A file of another kind of this app, chosen at the wrong button: what it is and where to use it (file-formats.ts).
  | 'problem.file.isRequest'
  | 'problem.file.isReview'
  | 'problem.file.isReviewForNext'
  | 'problem.file.isReviewForHr'
  | 'problem.file.isHandoff'
  | 'problem.file.isBackup'
  // The agency's catalogue of development resources (resource-catalogue-read.ts).
  | 'problem.notACatalogue'
  // The staff list the organisation view checks who has sent a file against (staff-list.ts).
  | 'problem.notAStaffList';

/**
 * A problem's message: a key with its values (counts already written with their thousands separator) and the ISO
 * dates it names, which the reader's language writes out; or a field's issue in the schema check's own words
 * (localized-issues.ts).
 */
export type ProblemMessage = { key: ProblemMessageKey; params?: Record<string, string | number>; dates?: Record<string, string> } | { issue: LocalizedText };

/** The message `key` with its values and dates. */
export function says(key: ProblemMessageKey, params?: Record<string, string | number>, dates?: Record<string, string>): ProblemMessage {
  return { key, ...(params && { params }), ...(dates && { dates }) };
}

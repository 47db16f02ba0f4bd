/**
 * Every key the app writes in the browser's storage, here and nowhere else; every read and write of the user's data goes
 * through lib/safe-storage.ts (tests/unit/storage-keys.test.ts checks both). Its own module of plain constants, so the
 * tiny start-up script (main.tsx) reads `storageKey` without the rest.
 */
/** The key of the user's stored state: assessments, settings, change times (store/persistence.ts). */
export const storageKey = 'cio-skills-compass';
/** In sessionStorage, this tab only: the scroll position of each screen, prefix + the screen (lib/screen-arrival.ts). */
export const scrollPositionKeyPrefix = 'cio-skills-compass:scroll:';

export const storageKeys = {
  state: storageKey,
  /** A copy kept before a rewrite, one per content: the prefix and the content's fingerprint (store/backup-copies.ts). */
  backupCopyPrefix: 'cio-skills-compass:backup:',
  /** Copies kept by earlier versions of the app: read, listed and deleted, never written. */
  legacyCopyPrefix: 'cio-skills-compass:unreadable:',
  /** The reviewer's one draft, as the app kept it before several could be open: read and moved, never written. */
  reviewDraft: 'cio-skills-compass:review-draft',
  /** Each draft review, apart from the reviewer's own assessments: the prefix and the review's id (lib/review-drafts.ts). */
  reviewDraftPrefix: 'cio-skills-compass:review-draft:',
  /** A later level's opinion in progress: the prefix and the review's id (lib/chain-drafts.ts). */
  chainDraftPrefix: 'cio-skills-compass:chain-draft:',
  /** The reviewer's name and position, offered for their next review (lib/review-drafts.ts). */
  reviewer: 'cio-skills-compass:reviewer',
  /** The report's memo heading as last typed in this browser: agency, number, subject, to (lib/memo-storage.ts). */
  memo: 'cio-skills-compass:memo',
  /** The levels of a review request as last typed in this browser (lib/request-levels-storage.ts). */
  requestLevels: 'cio-skills-compass:request-levels',
  /** A roll-up the HR officer chose to keep (features/organisation). */
  keptRollup: 'cio-skills-compass-organisation',
  /** How the people table was filtered, sorted and laid out when that roll-up was kept (features/organisation/kept-rollup.ts). */
  keptRollupView: 'cio-skills-compass:organisation-view',
  /** The agency's catalogue of development resources, kept until another replaces it (lib/resource-catalogue-storage.ts). */
  resourceCatalogue: 'cio-skills-compass-catalogue',
  scrollPrefix: scrollPositionKeyPrefix,
} as const;

import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { isBelowTarget, isRated } from './scoring';

import type { Level } from '../profile/rating-scale';

export const itemFilters = ['all', 'unrated', 'below-target', 'starred'] as const;
export type ItemFilter = (typeof itemFilters)[number];

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** Lower case, Thai digits as Arabic, and no spaces or dashes: "SPM 304", "spm-304" and "SPM๓๐๔" all read "spm304". */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)))
    .replace(/[\s\-‐-―]+/g, '');
}

/** Whether the item's code or title, in Thai or English, contains the query (case, spaces, dashes and digit style ignored). */
export function matchesQuery(item: AssessmentItem, query: string): boolean {
  const wanted = normalise(query);
  if (!wanted) return true;
  const parentCode = item.kind === 'criterion' ? ` ${item.parentCode} ${item.subUnitCode}` : '';
  return normalise(`${item.code}${parentCode} ${item.title.th} ${item.title.en}`).includes(wanted);
}

/** Whether the item passes the filter. */
export function matchesFilter(item: AssessmentItem, filter: ItemFilter, assessment: Assessment, defaultTarget: Level): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unrated':
      return !isRated(item, assessment);
    case 'below-target':
      return isBelowTarget(item, assessment, defaultTarget);
    case 'starred':
      return item.kind === 'experience' && item.starred;
  }
}

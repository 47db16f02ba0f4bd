import type { Assessment } from './assessment';
import type { AssessmentItem } from './assessment-items';
import { isBelowTarget, isRated } from './progress';
import type { Level } from './rating-scale';

export const itemFilters = ['all', 'unrated', 'below-target', 'starred'] as const;
export type ItemFilter = (typeof itemFilters)[number];

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether the item's code or title, in Thai or English, contains the query (case and spacing ignored). */
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

import { useState } from 'react';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { matchesFilter, matchesQuery, type ItemFilter } from '../../domain/scoring/item-filter';
import { ownEntry } from '../../domain/shared/own-entry';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStoreApi } from '../../store/app-store-context';

/**
 * The rating screen's filter and search, and the items they let through. The list is filtered when the filter or
 * search changes, not on every rating, so an item never vanishes from under the keyboard while it is being rated.
 */
export function useRatingFilter(assessmentId: string, items: readonly AssessmentItem[]) {
  const { ratingScale } = useProfileLibrary();
  const store = useAppStoreApi();
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [query, setQuery] = useState('');
  const [visibleKeys, setVisibleKeys] = useState<Set<string>>(() => new Set(items.map((item) => item.key)));
  function applyFilter(nextFilter: ItemFilter, nextQuery: string) {
    const current = ownEntry(store.getState().assessments, assessmentId);
    if (!current) return;
    setFilter(nextFilter);
    setQuery(nextQuery);
    setVisibleKeys(
      new Set(
        items.filter((item) => matchesFilter(item, nextFilter, current, ratingScale.defaultTarget) && matchesQuery(item, nextQuery)).map((item) => item.key),
      ),
    );
  }
  return { filter, query, visibleKeys, applyFilter, filtering: filter !== 'all' || query.trim() !== '' };
}

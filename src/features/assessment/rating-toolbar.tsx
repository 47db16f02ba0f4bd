import '../../ui/segmented.css';
import { itemFilters, type ItemFilter } from '../../domain/scoring/item-filter';
import { useAssessmentTranslation } from './use-assessment-translation';

const filterKeys = {
  all: 'filter.all',
  unrated: 'filter.unrated',
  'below-target': 'filter.belowTarget',
  starred: 'filter.starred',
} as const satisfies Record<ItemFilter, string>;

/** Filter and search: the tools for finding one's way round a long form ("next unrated" is in the sticky progress bar). */
export function RatingToolbar(props: {
  filter: ItemFilter;
  query: string;
  shown: number;
  total: number;
  onFilter: (filter: ItemFilter) => void;
  onQuery: (query: string) => void;
  onNextUnrated: () => void;
  allRated: boolean;
}) {
  const { filter, query, shown, total, onFilter, onQuery, allRated } = props;
  const { t } = useAssessmentTranslation();
  return (
    <div className="rating-toolbar">
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('filter.label')}</legend>
        {itemFilters.map((option) => (
          <label key={option} className={option === filter ? 'segmented__option segmented__option--on' : 'segmented__option'}>
            <input type="radio" name="item-filter" value={option} checked={option === filter} onChange={() => onFilter(option)} />
            {t(filterKeys[option])}
          </label>
        ))}
      </fieldset>
      <div className="rating-toolbar__search">
        <label htmlFor="item-search" className="visually-hidden">
          {t('filter.search')}
        </label>
        <input
          id="item-search"
          type="search"
          className="input"
          placeholder={t('filter.search')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
      </div>
      <p className="rating-toolbar__count" role="status">
        {allRated ? t('assessment.allRated') : t('filter.shown', { shown, total })}
      </p>
    </div>
  );
}

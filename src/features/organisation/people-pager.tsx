import type { ReactNode } from 'react';
import type { PeopleView } from './people-section';
import { useOrganisationTranslation } from './use-organisation-translation';

/**
 * Previous and next page of the people: the table and the heatmap show the same page, and either turns it. Between
 * the buttons, which page it is (or what `children` say). The demand per resource pages the same way.
 */
export function PeoplePager({ view, label, children }: { view: Pick<PeopleView, 'page' | 'pages' | 'setPage'>; label: string; children?: ReactNode }) {
  const { t } = useOrganisationTranslation();
  const { page: current, setPage, pages } = view;
  if (pages <= 1) return null;
  return (
    <nav className="org-pages" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
        {t('org.previous')}
      </button>
      <span>{children ?? t('org.page', { page: current + 1, pages })}</span>
      <button type="button" className="button button--secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
        {t('org.next')}
      </button>
    </nav>
  );
}

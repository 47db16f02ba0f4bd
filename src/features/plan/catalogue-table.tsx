import { pickText } from '../../domain/shared/localized-text';
import type { Resource } from '../../domain/scoring/resource-catalogue';
import { resourceKindName } from '../../i18n/action-names';
import { TableScroll } from '../../ui/table-scroll';
import { useCatalogueTranslation } from './use-catalogue-translation';

/** An item as the table shows it: a unit's or criterion's code, another item's key. */
function itemShown(key: string): string {
  return key.replace(/^(unit|criterion):/, '');
}

/** The kept catalogue's resources, as the agency listed them. */
export function CatalogueTable({ resources }: { resources: readonly Resource[] }) {
  const { language, t } = useCatalogueTranslation();
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <TableScroll label={t('catalogue.tableLabel')}>
      <table className="catalogue__table">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.col.id')}</th>
            <th scope="col">{t('catalogue.col.title')}</th>
            <th scope="col">{t('catalogue.col.provider')}</th>
            <th scope="col">{t('catalogue.col.kind')}</th>
            <th scope="col">{t('catalogue.col.hours')}</th>
            <th scope="col">{t('catalogue.col.cost')}</th>
            <th scope="col">{t('catalogue.col.level')}</th>
            <th scope="col">{t('catalogue.col.serves')}</th>
          </tr>
        </thead>
        <tbody>
          {resources.map((resource) => (
            <tr key={resource.id}>
              <td>{resource.id}</td>
              <th scope="row">
                {resource.link ? (
                  <a href={resource.link} target="_blank" rel="noopener noreferrer">
                    {pickText(resource.title, language)}
                  </a>
                ) : (
                  pickText(resource.title, language)
                )}
              </th>
              <td>{resource.provider}</td>
              <td>{resourceKindName(t, resource.kind)}</td>
              <td className="catalogue__number">{number.format(resource.hours)}</td>
              <td className="catalogue__number">{number.format(resource.costBaht)}</td>
              <td className="catalogue__number">{resource.level}</td>
              <td>{resource.serves.map(itemShown).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

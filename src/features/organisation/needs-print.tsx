import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { ResourceDemand, UnservedGap } from '../../domain/organisation/training-needs';
import type { ResourceCatalogue } from '../../domain/scoring/resource-catalogue';
import { pickText } from '../../domain/shared/localized-text';
import { resourceKindName } from '../../i18n/action-names';
import { useTranslator } from '../../i18n/use-translation';
import { level } from '../../lib/number-format';
import { usePageClass } from '../../lib/page-class';
import { MemoHeading } from '../../ui/memo-heading';
import { translateNeeds } from './needs-messages';

/**
 * The training needs on A4 (only while they are printed): the memo heading, where the figures come from, the demand
 * for each resource as the screen groups it, and the gaps no resource serves. The organisation summary steps aside.
 */
export function NeedsPrint(props: {
  demand: readonly ResourceDemand[];
  unserved: readonly UnservedGap[];
  catalogue: ResourceCatalogue;
  groupTitle: string | null;
  groupText: (row: ResourceDemand) => string;
  itemLabel: (key: string) => string;
  people: number;
  today: string;
  organisation: string;
}) {
  const { demand, unserved, catalogue, groupTitle, groupText, itemLabel } = props;
  const { language, t } = useTranslator(translateNeeds);
  usePageClass('org-print-needs');
  const number = (value: number) => value.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
  const today = formatLongDate(props.today, language);
  return (
    <article className="org-print org-print--needs" lang={language} aria-hidden="true">
      <MemoHeading language={language} fields={{ agency: props.organisation, number: '', date: today, subject: t('needs.printSubject') }} />
      <p>{t('needs.printIntro', { file: catalogue.fileName, count: catalogue.resources.length, people: props.people, today })}</p>
      <table className="org-print__table">
        <thead>
          <tr>
            <th scope="col">{t('needs.col.id')}</th>
            <th scope="col">{t('needs.col.title')}</th>
            <th scope="col">{t('needs.col.kind')}</th>
            {groupTitle && <th scope="col">{groupTitle}</th>}
            <th scope="col">{t('needs.col.people')}</th>
            <th scope="col">{t('needs.col.hours')}</th>
            <th scope="col">{t('needs.col.cost')}</th>
            <th scope="col">{t('needs.col.points')}</th>
          </tr>
        </thead>
        <tbody>
          {demand.map((row) => {
            const resource = catalogue.resources[row.resource];
            return (
              resource && (
                <tr key={`${row.resource}-${row.group}`}>
                  <td className="org-code">{resource.id}</td>
                  <td>
                    {pickText(resource.title, language)} ({resource.provider})
                  </td>
                  <td>{resourceKindName(t, resource.kind)}</td>
                  {groupTitle && <td>{groupText(row)}</td>}
                  <td>{number(row.people)}</td>
                  <td>{number(row.hours)}</td>
                  <td>{number(row.costBaht)}</td>
                  <td>{level(row.points)}</td>
                </tr>
              )
            );
          })}
        </tbody>
      </table>
      <p>{t('needs.printAlternatives')}</p>
      <UnservedPrint unserved={unserved} itemLabel={itemLabel} number={number} />
    </article>
  );
}

/** The gaps no resource serves, printed. */
function UnservedPrint({
  unserved,
  itemLabel,
  number,
}: {
  unserved: readonly UnservedGap[];
  itemLabel: (key: string) => string;
  number: (value: number) => string;
}) {
  const { t } = useTranslator(translateNeeds);
  return (
    <>
      <h2>{unserved.length === 0 ? t('needs.unservedNone') : t('needs.unservedTitle', { count: unserved.length })}</h2>
      {unserved.length > 0 && (
        <table className="org-print__table">
          <thead>
            <tr>
              <th scope="col">{t('needs.col.item')}</th>
              <th scope="col">{t('needs.col.people')}</th>
              <th scope="col">{t('needs.col.why')}</th>
            </tr>
          </thead>
          <tbody>
            {unserved.map((gap) => (
              <tr key={gap.key}>
                <td>{itemLabel(gap.key)}</td>
                <td>{number(gap.people)}</td>
                <td>{t(`needs.why.${gap.why}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

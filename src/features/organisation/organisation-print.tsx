import '../../ui/print-page.css';
import { deadlineBucketDays, deadlineBucketNames, deadlineBuckets, organisationTotals } from '../../domain/organisation/organisation-aggregate';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { level, percent } from '../../lib/number-format';
import { usePrintFooter } from '../../lib/print-footer';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { translateOrganisation } from './messages';
import { BucketTable } from './bucket-table';
import { agencySummaries } from '../../domain/organisation/organisation-agencies';
import { AgencyTable, type NotSent } from './agency-summary';
import { itemCode, personStatusName, roleLabel } from './organisation-labels';
import type { RollupSelection } from './rollup-selection';
import { filterWords } from './people-filter';
import { isNoFilter } from '../../domain/organisation/organisation-people-view';
import { usePageClass } from '../../lib/page-class';

const topItems = 20;
/** A summary, not a register: each deadline list stops here and points to the CSV for the rest. */
const listed = 100;

/** The A4 landscape summary: only in print. Headline figures, head counts, the top items short, and every deadline due. */
export function OrganisationPrint({ rollup, notSent, organisation, language }: { rollup: RollupSelection; notSent: NotSent; organisation: string; language: Language }) {
  const { profiles } = useProfileLibrary();
  const t = translateOrganisation(language);
  // Both dates: the newest assessment in the data, and the day the days and deadlines were computed for.
  const dates = { dataAsOf: rollup.dataAsOf ? formatLongDate(rollup.dataAsOf, language) : '—', today: formatLongDate(rollup.today, language) };
  usePageClass('org-print');
  usePrintFooter({ text: t('org.printFooter', { name: organisation || t('org.title'), ...dates }), page: t('org.printPage'), of: t('org.printOf') });
  const totals = organisationTotals(rollup.people);
  const buckets = deadlineBuckets(rollup.people);
  const byRole = new Map<string, number>();
  for (const person of rollup.people) byRole.set(roleLabel(person.profileId, profiles), (byRole.get(roleLabel(person.profileId, profiles)) ?? 0) + 1);
  return (
    <article className="org-print" lang={language} aria-hidden="true">
      <h1>{t('org.printTitle')}</h1>
      {organisation && <p className="org-print__org">{t('org.printOrg', { name: organisation })}</p>}
      <p>{t('org.printDate', { ...dates, files: rollup.files })}</p>
      {!isNoFilter(rollup.filter) && (
        <p className="org-print__org">
          {t('org.printFilter', { filter: filterWords(rollup.filter, (id) => roleLabel(id, profiles), (status) => personStatusName(status, t)), count: rollup.people.length, total: rollup.total })}
        </p>
      )}
      <p>{t('org.figuresHint')}</p>
      <table className="org-print__table">
        <tbody>
          <tr>
            <th scope="row">{t('org.people')}</th>
            <td>{totals.people}</td>
            <th scope="row">{t('org.meanReadiness')}</th>
            <td>{percent(totals.meanReadiness)}</td>
          </tr>
          <tr>
            <th scope="row">{t('org.byRole')}</th>
            <td>{[...byRole].map(([role, count]) => `${role} ${count}`).join(' · ')}</td>
            <th scope="row">{t('org.overdueCount')}</th>
            <td>{totals.byStatus.overdue}</td>
          </tr>
        </tbody>
      </table>
      <h2>{t('org.agenciesTitle')}</h2>
      <AgencyTable rows={agencySummaries(rollup.people, new Intl.Collator(language).compare, notSent ?? undefined)} t={t} className="org-print__table" />
      <h2>{t('org.printTop', { count: Math.min(topItems, rollup.ranking.length) })}</h2>
      <table className="org-print__table">
        <thead>
          <tr>
            <th scope="col">{t('org.col.code')}</th>
            <th scope="col">{t('org.col.item')}</th>
            <th scope="col">{t('org.col.below')}</th>
            <th scope="col">{t('org.col.required')}</th>
            <th scope="col">{t('org.col.meanGap')}</th>
          </tr>
        </thead>
        <tbody>
          {rollup.ranking.slice(0, topItems).map((entry) => (
            <tr key={entry.item.key}>
              <td className="org-code">{itemCode(entry.item, t)}</td>
              <td>{pickText(entry.item.title, language)}</td>
              <td>{entry.below}</td>
              <td>{entry.required}</td>
              <td>{level(entry.meanGap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {deadlineBucketNames.map((bucket) => (
        <section key={bucket} className="org-print__bucket">
          <h2>
            {t(`org.bucket.${bucket}`, { days: deadlineBucketDays[bucket] })}: {buckets[bucket].length}
          </h2>
          {buckets[bucket].length > 0 && (
            <BucketTable people={buckets[bucket]} language={language} limit={listed} className="org-print__table" />
          )}
          {buckets[bucket].length > listed && <p>{t('org.more', { count: buckets[bucket].length - listed })}</p>}
        </section>
      ))}
    </article>
  );
}

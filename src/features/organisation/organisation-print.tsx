import '../../ui/print-page.css';
import './organisation-memo-print.css';
import { useRef } from 'react';
import { deadlineBuckets } from '../../domain/organisation/organisation-aggregate';
import type { Language } from '../../domain/shared/localized-text';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { toThaiDigits } from '../../domain/shared/thai-digits';
import { usePrintFooter } from '../../lib/print-footer';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { MemoHeading } from '../../ui/memo-heading';
import { PreparedBy } from '../../ui/prepared-by';
import { useThaiDigits } from '../../ui/use-thai-digits';
import { translateOrganisation } from './messages';
import { agencySummaries } from '../../domain/organisation/organisation-agencies';
import { AgencyTable, type NotSent } from './agency-summary';
import { personStatusName, roleLabel } from './organisation-labels';
import { BucketCounts, BucketLists, PrintedFileCounts, PrintFigures, TopItems } from './organisation-print-parts';
import type { OrgPrintOptions } from './print-options';
import { translateOrgPrint } from './print-messages';
import type { RollupSelection } from './rollup-selection';
import { filterWords } from './people-filter';
import { isNoFilter } from '../../domain/organisation/organisation-people-view';
import { usePageClass } from '../../lib/page-class';

/** Both dates: the newest assessment in the data, and the day the days and deadlines were computed for. */
function printedDates(rollup: Pick<RollupSelection, 'dataAsOf' | 'today'>, language: Language) {
  return { dataAsOf: rollup.dataAsOf ? formatLongDate(rollup.dataAsOf, language) : '—', today: formatLongDate(rollup.today, language) };
}

/**
 * The printed page around any printout of the view (the summary, or a part printed alone): the page marked for print
 * and its footer, naming the organisation and both dates. Set while the view shows a roll-up, whether or not the
 * summary has been built yet (it is built when the page is printed).
 */
export function useSummaryPage(rollup: Pick<RollupSelection, 'dataAsOf' | 'today'>, organisation: string, language: Language, options: OrgPrintOptions): void {
  const t = translateOrganisation(language);
  const digits = (text: string) => (options.thaiDigits ? toThaiDigits(text) : text);
  usePageClass('org-print');
  usePrintFooter({
    text: digits(t('org.printFooter', { name: organisation || t('org.title'), ...printedDates(rollup, language) })),
    page: digits(t('org.printPage')),
    of: digits(t('org.printOf')),
    thaiDigits: options.thaiDigits,
  });
}

/**
 * The A4 landscape summary, only in print, headed as a บันทึกข้อความ and closed by who prepared it. The summary for a
 * memo holds the headline figures, the summary by agency and how many fall due in each range of days; the full one
 * adds the items most short and everyone in each range, whole (issue 25).
 */
export function OrganisationPrint(props: { rollup: RollupSelection; notSent: NotSent; organisation: string; language: Language; options: OrgPrintOptions }) {
  const { rollup, notSent, organisation, language, options } = props;
  const { profiles } = useProfileLibrary();
  const t = translateOrganisation(language);
  const article = useRef<HTMLElement>(null);
  useThaiDigits(article, options.thaiDigits);
  const dates = printedDates(rollup, language);
  const buckets = deadlineBuckets(rollup.people);
  const byRole = new Map<string, number>();
  for (const person of rollup.people) byRole.set(roleLabel(person.profileId, profiles), (byRole.get(roleLabel(person.profileId, profiles)) ?? 0) + 1);
  const subject = options.subject.trim() || translateOrgPrint(language)('orgPrint.defaultSubject');
  return (
    <article
      ref={article}
      key={options.thaiDigits ? 'thai-digits' : 'digits'}
      className={`org-print org-print--${options.scope}`}
      lang={language}
      aria-hidden="true"
    >
      <MemoHeading language={language} fields={{ agency: organisation, number: options.number, date: dates.today, subject }} />
      <h1>{t('org.printTitle')}</h1>
      {organisation && <p className="org-print__org">{t('org.printOrg', { name: organisation })}</p>}
      <p>{t('org.printDate', { ...dates, files: rollup.files.read })}</p>
      <PrintedFileCounts files={rollup.files} t={t} />
      {!isNoFilter(rollup.filter) && (
        <p className="org-print__org">
          {t('org.printFilter', {
            filter: filterWords(
              rollup.filter,
              (id) => roleLabel(id, profiles),
              (status) => personStatusName(status, t),
            ),
            count: rollup.people.length,
            total: rollup.total,
          })}
        </p>
      )}
      <p>{t('org.figuresHint')}</p>
      <p>{translateOrgPrint(language)('orgPrint.readinessNote')}</p>
      <PrintFigures people={rollup.people} byRole={[...byRole].map(([role, count]) => `${role} ${count}`).join(' · ')} language={language} t={t} />
      <h2>{t('org.agenciesTitle')}</h2>
      <AgencyTable rows={agencySummaries(rollup.people, new Intl.Collator(language).compare, notSent ?? undefined)} t={t} className="org-print__table" />
      <BucketCounts buckets={buckets} language={language} t={t} />
      {options.scope === 'full' && (
        <>
          <TopItems ranking={rollup.ranking} language={language} t={t} />
          <BucketLists buckets={buckets} language={language} t={t} />
        </>
      )}
      <PreparedBy name={options.preparedBy} position={options.position} date={dates.today} language={language} />
    </article>
  );
}

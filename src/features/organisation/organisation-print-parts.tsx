import { deadlineBucketNames, evidenceTotals, organisationTotals, type deadlineBuckets } from '../../domain/organisation/organisation-aggregate';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { level, percent } from '../../lib/number-format';
import { bucketName } from './bucket-name';
import type { translateOrganisation } from './messages';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { deadlineText, itemCode, roleLabel } from './organisation-labels';
import { translateOrgPrint } from './print-messages';
import type { RollupSelection } from './rollup-selection';

type Translate = ReturnType<typeof translateOrganisation>;
type Buckets = ReturnType<typeof deadlineBuckets>;
const topItems = 20;

/** The headline figures: people, mean readiness, people by role, people overdue, the evidence files their assessments name. */
export function PrintFigures({ people, byRole, language, t }: { people: RollupSelection['people']; byRole: string; language: Language; t: Translate }) {
  const totals = organisationTotals(people);
  const evidence = evidenceTotals(people);
  return (
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
          <td>{byRole}</td>
          <th scope="row">{t('org.overdueCount')}</th>
          <td>{totals.byStatus.overdue}</td>
        </tr>
        <tr>
          <th scope="row">{t('org.partlyRated')}</th>
          <td colSpan={3}>{totals.partlyRated}</td>
        </tr>
        <tr>
          <th scope="row">{t('org.col.evidence')}</th>
          {/* None is said in words: "0 files from 0 people" read as if the files themselves were lost (HR trial point 2). */}
          <td colSpan={3}>{translateOrgPrint(language)(evidence.files === 0 ? 'orgPrint.noEvidence' : 'orgPrint.evidence', evidence)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The files not counted in the figures, and why: refused, hidden system files skipped, files chosen again. Nothing when none. */
export function PrintedFileCounts({ files, t }: { files: RollupSelection['files']; t: Translate }) {
  const parts = [
    ...(files.refused > 0 ? [t('org.printRefused', { count: files.refused })] : []),
    ...(files.skipped > 0 ? [t('org.printSkipped', { count: files.skipped })] : []),
    ...(files.repeated > 0 ? [t('org.printRepeated', { count: files.repeated })] : []),
  ];
  return parts.length === 0 ? null : <p>{parts.join(' · ')}</p>;
}

/** How many fall due in each bucket, each named by its range of days ("91–180 วัน"). */
export function BucketCounts({ buckets, language, t }: { buckets: Buckets; language: Language; t: Translate }) {
  const p = translateOrgPrint(language);
  return (
    <>
      <h2>{p('orgPrint.bucketCounts')}</h2>
      <table className="org-print__table org-print__counts">
        <thead>
          <tr>
            <th scope="col">{p('orgPrint.col.bucket')}</th>
            <th scope="col">{p('orgPrint.col.people')}</th>
          </tr>
        </thead>
        <tbody>
          {deadlineBucketNames.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{bucketName(bucket, t)}</th>
              <td>{buckets[bucket].length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The items most people are short of, the first 20. */
export function TopItems({ ranking, language, t }: { ranking: RollupSelection['ranking']; language: Language; t: Translate }) {
  return (
    <>
      <h2>{t('org.printTop', { count: Math.min(topItems, ranking.length) })}</h2>
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
          {ranking.slice(0, topItems).map((entry) => (
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
    </>
  );
}

/** Everyone in each bucket, whole, with their evidence files: on paper a list is never cut short (the screen shows the first 50). */
export function BucketLists({ buckets, language, t }: { buckets: Buckets; language: Language; t: Translate }) {
  return deadlineBucketNames.map((bucket) => (
    <section key={bucket} className="org-print__bucket">
      <h2>
        {bucketName(bucket, t)}: {buckets[bucket].length}
      </h2>
      {buckets[bucket].length > 0 && <PrintBucketTable people={buckets[bucket]} language={language} t={t} />}
    </section>
  ));
}

/**
 * One bucket's people on paper, whole: the screen's columns (bucket-table.tsx) and the evidence files each one's
 * assessment names. A table of its own, so that the screen's code does not carry a column only the printout shows.
 */
function PrintBucketTable({ people, language, t }: { people: Buckets[keyof Buckets]; language: Language; t: Translate }) {
  const { profiles } = useProfileLibrary();
  const columns = ['name', 'position', 'agency', 'profileId', 'starredOutstanding', 'deadline', 'evidence'] as const;
  return (
    <table className="org-print__table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`org.col.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name || t('org.anonymous')}</th>
            <td>{person.position}</td>
            <td>{person.agency}</td>
            <td>{roleLabel(person.profileId, profiles)}</td>
            <td className="number">{person.starredOutstanding}</td>
            <td>{deadlineText(person.nearestDeadline, language, t)}</td>
            <td className="number">{person.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

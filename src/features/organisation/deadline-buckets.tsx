import { deadlineBucketNames, deadlineBuckets } from '../../domain/organisation-aggregate';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { TableScroll } from '../../ui/table-scroll';
import { deadlineText, roleLabel } from './organisation-labels';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const listed = 50;

/** Starred experience outstanding: who is overdue, due within 90 days and within 180 days, nearest first. */
export function DeadlineBuckets({ people }: { people: RollupView['people'] }) {
  const { profiles } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();
  const buckets = deadlineBuckets(people);
  return (
    <section className="panel" aria-labelledby="org-deadlines-title">
      <h2 id="org-deadlines-title">{t('org.deadlinesTitle')}</h2>
      <div className="org-buckets">
        {deadlineBucketNames.map((bucket) => (
          <section key={bucket} aria-labelledby={`org-bucket-${bucket}`}>
            <h3 id={`org-bucket-${bucket}`}>
              {t(`org.bucket.${bucket}`)}: {buckets[bucket].length}
            </h3>
            {buckets[bucket].length === 0 ? (
              <p>{t('org.bucketEmpty')}</p>
            ) : (
              <TableScroll label={t(`org.bucket.${bucket}`)}>
                <table className="org-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('org.col.name')}</th>
                      <th scope="col">{t('org.col.agency')}</th>
                      <th scope="col">{t('org.col.profileId')}</th>
                      <th scope="col">{t('org.col.starredOutstanding')}</th>
                      <th scope="col">{t('org.col.deadline')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {buckets[bucket].slice(0, listed).map((person) => (
                      <tr key={person.id}>
                        <th scope="row">{person.name || t('org.anonymous')}</th>
                        <td>{person.agency}</td>
                        <td>{roleLabel(person.profileId, profiles)}</td>
                        <td className="number">{person.starredOutstanding}</td>
                        <td>{deadlineText(person.nearestDeadline, language, t)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {buckets[bucket].length > listed && <p className="field__hint">{t('org.more', { count: buckets[bucket].length - listed })}</p>}
          </section>
        ))}
      </div>
    </section>
  );
}

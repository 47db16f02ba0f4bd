import { useState } from 'react';
import { deadlineBucketNames, deadlineBuckets, type DeadlineBucket } from '../../domain/organisation/organisation-aggregate';
import { sortPeople, type PeopleSort } from '../../domain/organisation/organisation-people-view';
import { TableScroll } from '../../ui/table-scroll';
import { BucketTable } from './bucket-table';
import { bucketName } from './bucket-name';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const listed = 50;
const nearestFirst: PeopleSort = { key: 'deadline', direction: 'ascending' };

/** Starred experience outstanding: who is overdue, due in 0–90 days and in 91–180 days, nearest first or as sorted. */
export function DeadlineBuckets({ people }: { people: RollupView['people'] }) {
  const { language, t } = useOrganisationTranslation();
  const [sort, setSort] = useState<PeopleSort>(nearestFirst);
  const grouped = deadlineBuckets(people);
  const order = (bucket: DeadlineBucket) => (sort === nearestFirst ? grouped[bucket] : sortPeople(grouped[bucket], sort, language));
  const buckets = { overdue: order('overdue'), within90: order('within90'), within180: order('within180') };
  return (
    <section className="panel" aria-labelledby="org-deadlines-title">
      <h2 id="org-deadlines-title">{t('org.deadlinesTitle')}</h2>
      <div className="org-buckets">
        {deadlineBucketNames.map((bucket) => (
          <section key={bucket} aria-labelledby={`org-bucket-${bucket}`}>
            <h3 id={`org-bucket-${bucket}`}>
              {bucketName(bucket, t)}: {buckets[bucket].length}
            </h3>
            {buckets[bucket].length === 0 ? (
              <p>{t('org.bucketEmpty')}</p>
            ) : (
              <TableScroll label={bucketName(bucket, t)}>
                <BucketTable people={buckets[bucket]} language={language} limit={listed} className="org-table" sort={sort} onSort={setSort} />
              </TableScroll>
            )}
            {buckets[bucket].length > listed && <p className="field__hint">{t('org.more', { count: buckets[bucket].length - listed })}</p>}
          </section>
        ))}
      </div>
    </section>
  );
}

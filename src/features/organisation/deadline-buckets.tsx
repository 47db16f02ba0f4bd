import { deadlineBucketDays, deadlineBucketNames, deadlineBuckets } from '../../domain/organisation-aggregate';
import { TableScroll } from '../../ui/table-scroll';
import { BucketTable } from './bucket-table';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

const listed = 50;

/** Starred experience outstanding: who is overdue, due within 90 days and within 180 days, nearest first. */
export function DeadlineBuckets({ people }: { people: RollupView['people'] }) {
  const { language, t } = useOrganisationTranslation();
  const buckets = deadlineBuckets(people);
  return (
    <section className="panel" aria-labelledby="org-deadlines-title">
      <h2 id="org-deadlines-title">{t('org.deadlinesTitle')}</h2>
      <div className="org-buckets">
        {deadlineBucketNames.map((bucket) => (
          <section key={bucket} aria-labelledby={`org-bucket-${bucket}`}>
            <h3 id={`org-bucket-${bucket}`}>
              {t(`org.bucket.${bucket}`, { days: deadlineBucketDays[bucket] })}: {buckets[bucket].length}
            </h3>
            {buckets[bucket].length === 0 ? (
              <p>{t('org.bucketEmpty')}</p>
            ) : (
              <TableScroll label={t(`org.bucket.${bucket}`, { days: deadlineBucketDays[bucket] })}>
                <BucketTable people={buckets[bucket]} language={language} limit={listed} className="org-table" />
              </TableScroll>
            )}
            {buckets[bucket].length > listed && <p className="field__hint">{t('org.more', { count: buckets[bucket].length - listed })}</p>}
          </section>
        ))}
      </div>
    </section>
  );
}

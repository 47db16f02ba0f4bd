import { deadlineBucketDays, type DeadlineBucket } from '../../domain/organisation/organisation-aggregate';
import type { translateOrganisation } from './messages';

/** A bucket named by its range of days: "เกินกำหนดแล้ว", "ครบกำหนดใน 0–90 วัน", "ครบกำหนดใน 91–180 วัน" (issue 25). */
export function bucketName(bucket: DeadlineBucket, t: ReturnType<typeof translateOrganisation>): string {
  const from = bucket === 'within180' ? deadlineBucketDays.within90 + 1 : 0;
  return t(`org.bucket.${bucket}`, { from, to: deadlineBucketDays[bucket] });
}

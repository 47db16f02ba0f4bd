import { z } from 'zod/mini';
import type { AssessmentItem } from '../../domain/assessment-items';
import { readinessGroups } from '../../domain/gaps';
import { languageSchema, localizedTextSchema } from '../../domain/localized-text';
import { roleProfileIdSchema } from '../../domain/role-profile';
import type { SafeStorage } from '../../lib/safe-storage';
import { storageKeys } from '../../lib/storage-keys';
import type { RollupView } from './rollup-protocol';

/** The roll-up's own storage key: never the key of the user's own assessments, and cleared on its own. */
export const keptRollupKey = storageKeys.keptRollup;

const deadlineStatusSchema = z.enum(['acquired', 'on-track', 'due-soon', 'overdue']);
const personSchema = z.object({
  id: z.string(),
  source: z.string(),
  name: z.string(),
  position: z.string(),
  agency: z.string(),
  profileId: roleProfileIdSchema,
  appointedOn: z.string(),
  assessedOn: z.string(),
  updatedAt: z.string(),
  overall: z.nullable(z.number()),
  groups: z.partialRecord(z.enum(readinessGroups), z.nullable(z.number())),
  rated: z.number(),
  total: z.number(),
  belowTarget: z.number(),
  starredTotal: z.number(),
  starredOutstanding: z.number(),
  nearestDeadline: z.nullable(z.object({ date: z.string(), daysLeft: z.number(), status: deadlineStatusSchema })),
  status: deadlineStatusSchema,
});
const keptSchema = z.object({
  version: z.literal(1),
  keptAt: z.string(),
  files: z.number(),
  people: z.array(personSchema),
  ranking: z.array(z.object({ key: z.string(), required: z.number(), below: z.number(), totalGap: z.number(), meanGap: z.number() })),
  /** The item gap matrix, NaN written as null (as JSON writes it). */
  itemGaps: z.array(z.nullable(z.number())),
  sortedIn: z.string(),
  refused: z.array(z.object({ file: z.string(), ok: z.literal(false), path: z.string(), reason: localizedTextSchema })),
  duplicates: z.array(z.object({ id: z.string(), name: z.string(), kept: z.object({ file: z.string(), updatedAt: z.string() }), dropped: z.object({ file: z.string(), updatedAt: z.string() }) })),
  migrated: z.array(z.object({ file: z.string(), from: z.number() })),
});

/** Keeps the roll-up (not the files: the figures shown) under its own key; false when the browser refuses or it is too large. */
export function keepRollup(storage: SafeStorage, rollup: RollupView, keptAt: string): boolean {
  const kept: z.infer<typeof keptSchema> = {
    version: 1,
    keptAt,
    files: rollup.files,
    sortedIn: rollup.sortedIn,
    people: rollup.people,
    ranking: rollup.ranking.map(({ item, ...figures }) => ({ key: item.key, ...figures })),
    itemGaps: Array.from(rollup.itemGaps, (value) => (Number.isNaN(value) ? null : value)),
    refused: rollup.refused,
    duplicates: rollup.duplicates,
    migrated: rollup.migrated,
  };
  const text = JSON.stringify(kept);
  const written = storage.setItem(keptRollupKey, text);
  const readBack = storage.readStored(keptRollupKey);
  if (written && readBack.ok && readBack.value === text) return true;
  // Not kept whole: nothing half-kept is left, not even in memory.
  storage.removeItem(keptRollupKey);
  return false;
}

/** The kept roll-up, re-parsed; null when none is kept or it no longer parses (it is then left as it is). */
export function readKeptRollup(storage: SafeStorage, items: Readonly<Record<string, readonly AssessmentItem[]>>): { rollup: RollupView; keptAt: string } | null {
  const text = storage.getItem(keptRollupKey);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = keptSchema.safeParse(data);
  if (!parsed.success) return null;
  const byKey = new Map(Object.values(items).flatMap((list) => list.map((item) => [item.key, item] as const)));
  const { keptAt, ranking, itemGaps, sortedIn: language, ...rest } = parsed.data;
  const sortedIn = languageSchema.safeParse(language);
  return {
    keptAt,
    rollup: {
      ...rest,
      ranking: ranking.flatMap(({ key, ...figures }) => {
        const item = byKey.get(key);
        return item ? [{ item, ...figures }] : [];
      }),
      itemKeys: ranking.map((entry) => entry.key),
      itemGaps: Float32Array.from(itemGaps, (value) => value ?? Number.NaN),
      timings: { read: 0, parse: 0, combine: 0, readers: 0 },
      sortedIn: sortedIn.success ? sortedIn.data : 'th',
    },
  };
}

/** Forgets the kept roll-up. */
export function clearKeptRollup(storage: SafeStorage): void {
  storage.removeItem(keptRollupKey);
}

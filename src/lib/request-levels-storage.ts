import { z } from 'zod/mini';
import type { SafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

/**
 * The levels of a review request as last typed in this browser (issue 26, second user trial): an appointee's chain
 * (their supervisor, then the ปลัดกระทรวง) is the same from one request to the next, so it is offered again. Under a
 * key of its own, apart from the assessments, so no storage version changes.
 */
const keptLevelsSchema = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(5));

/** The levels kept in this browser, blank ones included, or null when none are kept or what is kept no longer reads. */
export function keptRequestLevels(storage: SafeStorage): string[] | null {
  try {
    const result = keptLevelsSchema.safeParse(JSON.parse(storage.getItem(storageKeys.requestLevels) ?? 'null'));
    return result.success ? result.data : null;
  } catch {
    // Not JSON: nothing is offered, and the next change writes it again.
    return null;
  }
}

export function keepRequestLevels(storage: SafeStorage, levels: readonly string[]): void {
  storage.setItem(storageKeys.requestLevels, JSON.stringify(levels));
}

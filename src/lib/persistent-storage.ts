/** The browser's answer to "keep this site's data even under storage pressure". */
export type PersistentStorageOutcome = 'granted' | 'denied' | 'unsupported';

/** Asks once (navigator.storage.persist); says 'granted' at once if the browser already agreed. Never throws. */
export async function askPersistentStorage(): Promise<PersistentStorageOutcome> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

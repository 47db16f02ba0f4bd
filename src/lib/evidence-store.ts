import { openDB, type IDBPDatabase } from 'idb';

/**
 * The bytes of evidence files, in the browser's IndexedDB (never localStorage: a 10 MB file would fill it), by file
 * id, through `idb`, a small promise wrapper over IndexedDB's events. One record a file, written in one transaction:
 * a file is kept whole or not at all. Nothing here deletes a file but `remove`, called only when the user asked.
 * Each fault has a kind, so the user is told what happened: no IndexedDB at all or blocked (private browsing, a
 * policy), full (QuotaExceededError), or another failure.
 */
export type EvidenceFault = 'unavailable' | 'full' | 'failed';

export class EvidenceStoreFault extends Error {
  constructor(readonly fault: EvidenceFault) {
    super(`evidence storage: ${fault}`);
    this.name = 'EvidenceStoreFault';
  }
}

/** The kind of fault behind `error`: QuotaExceededError is full storage, whatever the layer that threw it. */
export function faultOf(error: unknown): EvidenceFault {
  if (error instanceof EvidenceStoreFault) return error.fault;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'unavailable';
  return 'failed';
}

interface StoredFile {
  id: string;
  bytes: ArrayBuffer;
  type: string;
}

/**
 * The IndexedDB database of evidence files' bytes, by file id. Named here, not in storage-keys.ts with the
 * localStorage keys, because that module ships with the first screen and this one loads only with evidence files.
 */
export const evidenceDatabase = 'cio-skills-compass-evidence';
const files = 'files';
/** Files the user removed, by id, with the page that may still undo it: `{ id, page }`. */
const removed = 'removed';
let opening: Promise<IDBPDatabase> | null = null;
/** The connection once open: a removal when the page is left must start its transaction before the page goes. */
let opened: IDBPDatabase | null = null;

function database(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new EvidenceStoreFault('unavailable'));
  opening ??= openDB(evidenceDatabase, 1, {
    upgrade(db) {
      db.createObjectStore(files, { keyPath: 'id' });
      db.createObjectStore(removed, { keyPath: 'id' });
    },
    // A newer app in another tab needs the database: let it go, and open again on the next call.
    blocking() {
      opened?.close();
      opened = null;
      opening = null;
    },
    terminated() {
      opened = null;
      opening = null;
    },
  })
    .then((db) => (opened = db))
    .catch((error: unknown) => {
      opening = null;
      throw new EvidenceStoreFault(faultOf(error) === 'full' ? 'full' : 'unavailable');
    });
  return opening;
}

async function run<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await database();
  try {
    return await work(db);
  } catch (error) {
    throw new EvidenceStoreFault(faultOf(error));
  }
}

/** Keeps a file's bytes under `id`; resolves once the browser has them on disk, rejects with an EvidenceStoreFault. */
export function keepEvidence(id: string, bytes: ArrayBuffer, type: string): Promise<void> {
  return run(async (db) => {
    const tx = db.transaction(files, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put({ id, bytes, type } satisfies StoredFile), tx.done]);
  });
}

/** A file's bytes, or undefined when the browser no longer has them (cleared, or never kept here). */
export function readEvidence(id: string): Promise<Blob | undefined> {
  return run(async (db) => {
    const stored = (await db.get(files, id)) as StoredFile | undefined;
    return stored ? new Blob([stored.bytes], { type: stored.type }) : undefined;
  });
}

/**
 * The user removed files: their bytes stay, marked with this page (`page`), until the page that may undo it is gone
 * (purgeRemovedEvidence). Undone: `marked` false.
 */
export function markEvidenceRemoved(ids: readonly string[], page: string, marked: boolean): Promise<void> {
  return run(async (db) => {
    const tx = db.transaction(removed, 'readwrite');
    await Promise.all([...ids.map((id) => (marked ? tx.store.put({ id, page }) : tx.store.delete(id))), tx.done]);
  });
}

/**
 * Deletes the bytes of files the user removed, once the page that removed them is gone (`alive` says which pages are
 * still open) and no assessment of this tab names them (`stillNamed`: another tab's undo, merged in). The only
 * deletion of a file's bytes there is.
 */
export function purgeRemovedEvidence(alive: (page: string) => boolean, stillNamed: (id: string) => boolean): Promise<number> {
  return run(async (db) => {
    const tx = db.transaction([files, removed], 'readwrite');
    const marks = (await tx.objectStore(removed).getAll()) as { id: string; page: string }[];
    const due = marks.filter((mark) => !alive(mark.page));
    for (const mark of due) {
      await tx.objectStore(removed).delete(mark.id);
      if (!stillNamed(mark.id)) await tx.objectStore(files).delete(mark.id);
    }
    await tx.done;
    return due.filter((mark) => !stillNamed(mark.id)).length;
  });
}

/** The ids of every file kept in this browser. */
export function keptEvidenceIds(): Promise<string[]> {
  return run(async (db) => (await db.getAllKeys(files)).map(String));
}

/**
 * Keeps several files in one transaction (a backup with evidence files): all of them, or on any fault, such as the
 * disk filling part-way, none. An id already kept is left as it is, never overwritten. `bytesOf` gives each file's
 * bytes when its turn comes, synchronously (the transaction must not wait on anything else), so only one is in memory
 * at a time. Resolves with how many were added.
 */
export function keepEvidenceAll(ids: readonly string[], bytesOf: (id: string) => { bytes: ArrayBuffer; type: string }): Promise<number> {
  return run(async (db) => {
    const tx = db.transaction(files, 'readwrite', { durability: 'strict' });
    // Awaited at the end; an abort before then is not an unhandled rejection.
    tx.done.catch(() => undefined);
    let added = 0;
    try {
      for (const id of ids) {
        if ((await tx.store.getKey(id)) !== undefined) continue;
        await tx.store.put({ id, ...bytesOf(id) } satisfies StoredFile);
        added += 1;
      }
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failure itself.
      }
      throw error;
    }
    await tx.done;
    return added;
  });
}

/**
 * The value a record holds under `key` itself, never one it inherits: for keys that come from an address or a file,
 * such as `__proto__`, `constructor` or `toString`, which a plain object answers from Object.prototype.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

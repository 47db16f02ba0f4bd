/** A random id of 16 lower-case hex characters; works in insecure contexts too (plain http on an intranet). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Keys that could reach an object's prototype when data is copied about: a file holding one is refused. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** What `parseGuardedJson` found: the data and the first unsafe key in it (if any), or why the text is not data. */
export type GuardedJson = { ok: true; data: unknown; unsafeKey: string | null } | { ok: false; problem: 'not-json' | 'too-deep' };

/**
 * JSON.parse for a file the user chose: never throws, says whether the text is not JSON or nested too deep for the
 * parser (its RangeError), and notes a key such as __proto__, which the readers refuse. Used by the backup reader
 * and the exchange-file reader, each with its own refusal codes and words.
 */
export function parseGuardedJson(text: string): GuardedJson {
  let unsafeKey: string | null = null;
  try {
    const data: unknown = JSON.parse(text, function reviver(key, value: unknown) {
      if (unsafeKeys.has(key)) unsafeKey = key;
      return value;
    });
    return { ok: true, data, unsafeKey };
  } catch (error) {
    return { ok: false, problem: error instanceof RangeError ? 'too-deep' : 'not-json' };
  }
}

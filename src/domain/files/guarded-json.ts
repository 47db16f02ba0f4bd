/** Keys that could reach an object's prototype when data is copied about: a file holding one is refused. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** A text whose keys may spell an unsafe key: one written out, or any \u escape (with which one could be spelled). */
const mayHoldUnsafeKey = /__proto__|constructor|prototype|\\u/;

/** The most arrays and objects a text parsed without the reviver opens: it nests no deeper, far short of its RangeError. */
const plainOpenings = 512;

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
    // A text in which no key can be an unsafe one, and that cannot nest deep enough for the reviver's RangeError, is
    // parsed without the reviver, which visits every value in script (traced: the largest share of a roll-up worker's
    // time on 1,000 backups).
    if (!mayHoldUnsafeKey.test(text) && text.split(/[[{]/, plainOpenings + 2).length <= plainOpenings + 1)
      return { ok: true, data: JSON.parse(text), unsafeKey: null };
    const data: unknown = JSON.parse(text, function reviver(key, value: unknown) {
      if (unsafeKeys.has(key)) unsafeKey = key;
      return value;
    });
    return { ok: true, data, unsafeKey };
  } catch (error) {
    return { ok: false, problem: error instanceof RangeError ? 'too-deep' : 'not-json' };
  }
}

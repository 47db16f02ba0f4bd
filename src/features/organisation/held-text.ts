import type { RollupMessage } from './rollup-protocol';

/**
 * The text of what the combiner holds (what "Keep" stores) as it travels to the page: UTF-8 bytes, transferred rather
 * than copied (10,000 people's text, about 10 MB, took the page 20-30 ms to unpack as a string), and its length in
 * characters (UTF-16 code units, what the browser's storage counts). The page decodes it only to keep it or to give
 * it to a new combiner.
 */
export interface HeldText {
  bytes: Uint8Array<ArrayBuffer>;
  length: number;
}

/** The combiner's message of what it holds for `job`, and what it transfers with it (the bytes, no longer its own). */
export function heldMessage(job: number, text: string): { message: RollupMessage; transfer: Transferable[] } {
  const held: HeldText = { bytes: new TextEncoder().encode(text), length: text.length };
  return { message: { type: 'held', job, held }, transfer: [held.bytes.buffer] };
}

/** The text again, from its bytes. */
export function textOfHeld(held: HeldText): string {
  return new TextDecoder().decode(held.bytes);
}

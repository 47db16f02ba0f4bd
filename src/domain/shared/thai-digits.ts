const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** An item's code as the circular writes it, Latin letters then digits (DG100, SPM304.1, K9, E12): never rewritten. */
const codeOrDigit = /[A-Za-z]+[0-9]+(?:\.[0-9]+)*|[0-9]/g;

/**
 * `text` with every digit 0–9 written as a Thai digit ๐–๙ (for documents filed in Thai digits), except in item codes,
 * which stay as the circular writes them: "DG100", "SPM304.1", "K9".
 */
export function toThaiDigits(text: string): string {
  return text.replace(codeOrDigit, (match) => (match.length === 1 ? (thaiDigits[Number(match)] ?? match) : match));
}

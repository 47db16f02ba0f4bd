const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** `text` with every digit 0–9 written as a Thai digit ๐–๙ (for documents filed in Thai digits). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => thaiDigits[Number(digit)] ?? digit);
}

import type { LocalizedText } from './localized-text';

/**
 * A file's data version that is not a whole number from `lowest` up (1.5, "4", missing), said in words; null when it
 * is one. Whether it is newer than the app is the caller's question, answered with its own message.
 */
export function versionProblem(value: unknown, lowest: number): LocalizedText | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= lowest) return null;
  const shown = value === undefined ? null : JSON.stringify(value).slice(0, 20);
  return {
    th: `${shown === null ? 'ไฟล์ไม่ระบุรุ่นข้อมูล' : `รุ่นข้อมูลของไฟล์ (${shown}) ไม่ใช่รุ่นที่แอปนี้เขียน`} รุ่นข้อมูลเป็นเลขจำนวนเต็มตั้งแต่ ${lowest} ขึ้นไป ไฟล์อาจถูกแก้ไข`,
    en: `${shown === null ? 'The file does not say its data version' : `The file's data version (${shown}) is not one this app writes`}: data versions are whole numbers from ${lowest} up. The file may have been edited`,
  };
}

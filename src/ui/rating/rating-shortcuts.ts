/**
 * The rating screen's keys, read from `KeyboardEvent.code` (the physical key) so they work the same with the
 * Thai Kedmanee layout on, where the digit row types Thai letters and N types "ื".
 */
export type ShortcutAction = { action: 'rate'; value: string } | { action: 'next-unrated' } | { action: 'help' };

interface KeyPress {
  code: string;
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const experienceLetters: Record<string, string> = { KeyN: 'none', KeyS: 'some', KeyY: 'yes' };
const experienceByDigit = ['none', 'some', 'yes'];

function digitOf(code: string): number | undefined {
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  return match ? Number(match[1]) : undefined;
}

/**
 * What a key press does on the rating screen, given the values of the focused item's radios (none when the
 * focus is outside an item): a digit picks that level (0/1/2 also pick none/some/yes), N/S/Y pick an
 * experience status, U goes to the next unrated item, ? (Shift and the / key, for the Thai layout) opens the help. Undefined: leave the key alone.
 */
export function ratingShortcut(press: KeyPress, radioValues: readonly string[]): ShortcutAction | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  if (press.key === '?' || (press.code === 'Slash' && press.shiftKey)) return { action: 'help' };
  if (press.shiftKey) return undefined;
  if (press.code === 'KeyU') return { action: 'next-unrated' };
  const digit = digitOf(press.code);
  const candidate = digit === undefined ? experienceLetters[press.code] : radioValues.includes(String(digit)) ? String(digit) : experienceByDigit[digit];
  return candidate !== undefined && radioValues.includes(candidate) ? { action: 'rate', value: candidate } : undefined;
}

/** Whether a key typed into this element belongs to it (text, numbers, selects), not to the shortcuts. */
export function typesText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable === true;
}

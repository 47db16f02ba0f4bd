import { useEffect } from 'react';
import { withoutControlCharacters } from '../domain/shared/control-characters';

/**
 * `text` as a CSS string (CSS Syntax §4.3.5), for a custom property that `content` reads: quote and backslash
 * escaped, a line break written as the CSS escape `\A ` (in the footer's normal white space, a space), other control
 * characters removed. JSON escaping is not CSS: `\n` there printed as "n".
 */
export function cssString(text: string): string {
  const escaped = withoutControlCharacters(text, '\n')
    .replace(/["\\]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\A ');
  return `"${escaped}"`;
}

/**
 * Sets what the printed page's footer says (ui/print-page.css reads it): `text` at the left, "`page` x `of` y" at
 * the right, the page numbers in Thai digits when asked. Removed again when the screen goes.
 */
export function usePrintFooter(footer: { text: string; page: string; of: string; thaiDigits?: boolean }): void {
  const { text, page, of, thaiDigits = false } = footer;
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-footer', cssString(text));
    root.setProperty('--print-page', cssString(page));
    root.setProperty('--print-of', cssString(of));
    root.setProperty('--print-digits', thaiDigits ? 'thai' : 'decimal');
    return () => ['--print-footer', '--print-page', '--print-of', '--print-digits'].forEach((name) => root.removeProperty(name));
  }, [text, page, of, thaiDigits]);
}

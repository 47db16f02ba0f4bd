import { useEffect } from 'react';

/**
 * Sets what the printed page's footer says (ui/print-page.css reads it): `text` at the left, "`page` x `of` y" at
 * the right, the page numbers in Thai digits when asked. Removed again when the screen goes.
 */
export function usePrintFooter(footer: { text: string; page: string; of: string; thaiDigits?: boolean }): void {
  const { text, page, of, thaiDigits = false } = footer;
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-footer', JSON.stringify(text));
    root.setProperty('--print-page', JSON.stringify(page));
    root.setProperty('--print-of', JSON.stringify(of));
    root.setProperty('--print-digits', thaiDigits ? 'thai' : 'decimal');
    return () => ['--print-footer', '--print-page', '--print-of', '--print-digits'].forEach((name) => root.removeProperty(name));
  }, [text, page, of, thaiDigits]);
}

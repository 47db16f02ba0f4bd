import { useLayoutEffect, type RefObject } from 'react';
import { toThaiDigits } from '../../domain/thai-digits';

/**
 * Writes the digits of every text under `root` as Thai digits after each render, when `on`. React sets a text
 * node's value again whenever that text changes, and this runs after it; turning it off needs a remount (key),
 * which the report does.
 */
export function useThaiDigits(root: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!on || !element) return;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const converted = toThaiDigits(node.nodeValue ?? '');
      if (converted !== node.nodeValue) node.nodeValue = converted;
    }
  });
}

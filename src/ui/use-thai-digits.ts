import { useLayoutEffect, type RefObject } from 'react';
import { toThaiDigits } from '../domain/shared/thai-digits';

function convertText(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const converted = toThaiDigits(node.nodeValue ?? '');
    if (converted !== node.nodeValue) node.nodeValue = converted;
  }
}

/**
 * Writes the digits of every text under `root` as Thai digits while `on`, including text drawn later (a chart
 * that measures itself and draws again). Converted text is left alone, so the observer never loops. Turning it
 * off needs a remount (key), which the report and the organisation summary do, so that React writes its own text
 * again. Item codes (DG100, K9) keep their digits (`toThaiDigits`).
 */
export function useThaiDigits(root: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!on || !element) return;
    convertText(element);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') convertText(record.target);
        else record.addedNodes.forEach((node) => convertText(node));
      }
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [root, on]);
}

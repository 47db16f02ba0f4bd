import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Language } from '../../domain/shared/localized-text';
import { itemDomId } from '../../ui/rating/dom-ids';

function itemAtViewportCentre(): HTMLElement | null {
  return document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest<HTMLElement>('[data-key]') ?? null;
}

/**
 * Keeps the user's place on a long rating page across a change of language. The language switch is at the top
 * of the page, so reaching it (by scrolling, Tab, or a test driver's click) leaves the item being rated far
 * below; once the words have changed, this brings that item (the last one that had the focus, else the one in
 * the middle of the screen) back into view, and gives it the focus back if the focus was on the switch.
 */
export function useKeepPlaceAcrossLanguage(language: Language): void {
  const place = useRef<string | undefined>(undefined);
  useEffect(() => {
    function remember(event: FocusEvent) {
      const key = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-key]')?.dataset.key : undefined;
      if (key) place.current = key;
    }
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  const shown = useRef(language);
  // Before paint, so the page never shows the top in the new language first.
  useLayoutEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    const item = (place.current ? document.getElementById(itemDomId(place.current)) : null) ?? itemAtViewportCentre();
    if (!item) return;
    item.scrollIntoView({ block: 'center' });
    if (document.activeElement?.closest('.language-switch')) {
      const radio = item.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? item.querySelector<HTMLInputElement>('input[type=radio]');
      radio?.focus({ preventScroll: true });
    }
  }, [language]);
}

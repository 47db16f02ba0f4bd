import { useEffect, useRef } from 'react';
import { focusItem } from './focus-item';
import { ratingShortcut, typesText } from './rating-shortcuts';

interface Handlers {
  /** Rated `code` with the choice labelled `choice`; `next` is the item the focus moved to, if any. */
  onRated: (code: string, choice: string, next: string | undefined) => void;
  onNextUnrated: () => void;
  onHelp: () => void;
}

/**
 * The rating screen's keys (see rating-shortcuts.ts), listened for on the document while the screen is shown.
 * A rating clicks the radio itself, so the item's own change handler saves it, exactly as a mouse click would;
 * arrow keys, Space and Tab are never touched.
 */
export function useRatingShortcuts(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || typesText(document.activeElement)) return;
      const item = document.activeElement?.closest<HTMLElement>('[data-key]');
      const radios = item ? [...item.querySelectorAll<HTMLInputElement>('input[type=radio]')] : [];
      const shortcut = ratingShortcut(
        event,
        radios.map((radio) => radio.value),
      );
      // The open-dialog check searches the whole page, so it comes only for a shortcut key (not for every arrow).
      if (!shortcut || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (shortcut.action === 'help') return latest.current.onHelp();
      if (shortcut.action === 'next-unrated') return latest.current.onNextUnrated();
      const radio = radios.find((candidate) => candidate.value === shortcut.value);
      if (!item || !radio) return;
      if (!radio.checked) radio.click();
      const items = [...document.querySelectorAll<HTMLElement>('[data-key]')];
      const next = items[items.indexOf(item) + 1];
      if (next?.dataset.key) focusItem(next.dataset.key);
      const code = item.querySelector('legend .code')?.textContent ?? '';
      const label = radio.closest('label');
      const choice = [label?.querySelector('.level__number')?.textContent, label?.querySelector('.level__label')?.textContent].filter(Boolean).join(' ');
      latest.current.onRated(code, choice, next?.querySelector('legend .code')?.textContent ?? undefined);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

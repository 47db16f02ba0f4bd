import { itemDomId } from './dom-ids';

/**
 * Scrolls to an item, focuses its radio group (the chosen radio, else the first) and marks it for a moment,
 * so a mouse user sees where they landed.
 */
export function focusItem(key: string): void {
  const element = document.getElementById(itemDomId(key));
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const radio = element.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? element.querySelector<HTMLInputElement>('input[type=radio]');
  radio?.focus({ preventScroll: true });
  element.dataset.arrived = 'true';
  setTimeout(() => delete element.dataset.arrived, 2000);
}

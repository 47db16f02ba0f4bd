import './table-scroll.css';
import type { ReactNode } from 'react';

/** A table that may be wider than a phone: it scrolls sideways in its own box, which the keyboard can reach. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take the focus to scroll by keyboard (WCAG 2.1.1)
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

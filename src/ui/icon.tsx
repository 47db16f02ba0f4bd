import type { ReactNode } from 'react';

/**
 * Small symbols drawn as SVG in the text's colour, never as characters: symbol glyphs such as the hourglass need an emoji font,
 * which Debian's Chromium and many locked-down ministry PCs do not have (they print an empty box).
 * Decorative: the words beside each icon say the same thing.
 */
export type IconName = 'check' | 'circle' | 'clock' | 'alert' | 'down';

/** The drawings on a 16 × 16 grid, also for charts that place them inside their own SVG. */
export const iconPaths: Record<IconName, ReactNode> = {
  check: <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  circle: <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />,
  clock: (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  alert: (
    <>
      <path d="M8 1.8l6.6 11.7H1.4z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v3.6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
    </>
  ),
  down: <path d="M3 5h10L8 12z" fill="currentColor" />,
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" data-icon={name}>
      {iconPaths[name]}
    </svg>
  );
}

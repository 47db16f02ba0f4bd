import { useLayoutEffect } from 'react';

/** The screens and printouts that style the page around them (the header, the main column, the page's margins). */
export type PageClass = 'assessment' | 'organisation' | 'org-print' | 'org-print-budget' | 'org-print-needs' | 'report';

/**
 * Marks the page with `page-<name>` on the root element while the calling component is shown (and `active`), so the page's CSS
 * can say "on the rating screen" without `html:has(.assessment)`. A `:has()` on the root makes the browser check it
 * again on every change anywhere in the page: on the rating screen that was about 1 ms of each key press's style
 * work at 4× CPU slowdown. Set before paint, so the page never shows a frame without it.
 */
export function usePageClass(name: PageClass, active = true): void {
  useLayoutEffect(() => {
    if (!active) return;
    const className = `page-${name}`;
    document.documentElement.classList.add(className);
    return () => document.documentElement.classList.remove(className);
  }, [name, active]);
}

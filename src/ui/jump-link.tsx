import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a place on the same page. The URL hash holds the route, so instead of changing it
 * the link scrolls to its target and moves the keyboard focus there.
 */
export function JumpLink({ targetId, className, children }: { targetId: string; className?: string; children: ReactNode }) {
  function jump(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
  return (
    <a href={`#${targetId}`} className={className} onClick={jump}>
      {children}
    </a>
  );
}

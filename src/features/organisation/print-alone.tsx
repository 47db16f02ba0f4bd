import './print-alone.css';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A printout of one part of the organisation view, printed alone: `print()` shows it and opens the browser's print
 * dialog once it is on the page; it goes again after printing. The organisation summary, which the page prints
 * otherwise, steps aside meanwhile (print-alone.css).
 */
export function usePrintAlone(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    // The printout is on the page before the browser's print dialog reads it.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);
  return { printing, print: () => setPrinting(true) };
}

/** The printout beside the organisation summary's, where the print style sheet looks for it (a child of `.organisation`). */
export function PrintAlone({ children }: { children: ReactNode }) {
  return createPortal(children, document.querySelector('.organisation') ?? document.body);
}

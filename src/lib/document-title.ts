import { useEffect } from 'react';

/** Names the browser tab after the screen, e.g. "DCIO – CIO Skills Compass". */
export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const title = parts.filter(Boolean).join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

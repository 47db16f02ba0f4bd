import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePageClass, type PageClass } from './page-class';

function Marked({ name, active }: { name: PageClass; active?: boolean }) {
  usePageClass(name, active);
  return null;
}

describe('usePageClass', () => {
  it('marks the root element while the component is shown, and unmarks it when it goes', () => {
    const { unmount } = render(<Marked name="assessment" />);
    expect(document.documentElement).toHaveClass('page-assessment');
    unmount();
    expect(document.documentElement).not.toHaveClass('page-assessment');
  });

  it('keeps the marks of two components apart, and leaves the root alone while inactive', () => {
    const { rerender, unmount } = render(
      <>
        <Marked name="organisation" />
        <Marked name="org-print" active={false} />
      </>,
    );
    expect(document.documentElement).toHaveClass('page-organisation');
    expect(document.documentElement).not.toHaveClass('page-org-print');
    rerender(
      <>
        <Marked name="organisation" />
        <Marked name="org-print" />
      </>,
    );
    expect(document.documentElement).toHaveClass('page-organisation', 'page-org-print');
    unmount();
    expect(document.documentElement.className).toBe('');
  });
});

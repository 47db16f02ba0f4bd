import { act, render, screen } from '@testing-library/react';
import { memo, useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { sameValues, usePrintedProps } from './printed-props';

let builds = 0;
function Printout({ text }: { text: string }) {
  // Counted after each render that reached the page.
  useEffect(() => {
    builds += 1;
  });
  return <p data-testid="printout">{text}</p>;
}

// As the organisation view does: the printout through memo, so that the same props build nothing.
const Printed = memo(Printout);

function Page({ text, other = false }: { text: string; other?: boolean }) {
  const printed = usePrintedProps({ text }, () => other);
  return printed ? <Printed {...printed} /> : null;
}

const print = () => act(() => void window.dispatchEvent(new Event('beforeprint')));

describe('usePrintedProps', () => {
  it('builds nothing until the page is printed, then what is shown at that moment, at once', () => {
    builds = 0;
    const { rerender } = render(<Page text="first" />);
    rerender(<Page text="second" />);
    expect(screen.queryByTestId('printout')).toBeNull();
    expect(builds).toBe(0);
    print();
    expect(screen.getByTestId('printout')).toHaveTextContent('second');
    expect(builds).toBe(1);
  });

  it('keeps the printout as printed while the screen changes, and brings it level at the next print only', () => {
    builds = 0;
    const { rerender } = render(<Page text="first" />);
    print();
    rerender(<Page text="second" />);
    rerender(<Page text="third" />);
    expect(screen.getByTestId('printout')).toHaveTextContent('first');
    expect(builds).toBe(1);
    print();
    expect(screen.getByTestId('printout')).toHaveTextContent('third');
    expect(builds).toBe(2);
    // Printed again with nothing changed: not built again.
    print();
    expect(builds).toBe(2);
  });

  it('is not built when another printout is printed alone', () => {
    builds = 0;
    render(<Page text="first" other />);
    print();
    expect(screen.queryByTestId('printout')).toBeNull();
    expect(builds).toBe(0);
  });
});

describe('sameValues', () => {
  it('compares key by key, not deeply', () => {
    const list = [1];
    expect(sameValues({ a: list, b: 'x' }, { a: list, b: 'x' })).toBe(true);
    expect(sameValues({ a: list }, { a: [1] })).toBe(false);
    expect(sameValues({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

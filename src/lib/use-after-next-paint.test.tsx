import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterNextPaint } from './use-after-next-paint';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});

afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

function Parts({ value }: { value: string }) {
  const later = useAfterNextPaint(value);
  return (
    <>
      <p data-testid="now">{value}</p>
      <p data-testid="later">{later}</p>
    </>
  );
}

describe('useAfterNextPaint', () => {
  it('shows the first value at once, and each change only after the next frame has been painted', () => {
    const { rerender } = render(<Parts value="first" />);
    expect(screen.getByTestId('later')).toHaveTextContent('first');
    rerender(<Parts value="second" />);
    expect(screen.getByTestId('now')).toHaveTextContent('second');
    expect(screen.getByTestId('later')).toHaveTextContent('first');
    act(() => vi.advanceTimersToNextFrame());
    expect(screen.getByTestId('later')).toHaveTextContent('first');
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByTestId('later')).toHaveTextContent('second');
  });
});

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

const ChartTurnContext = createContext<{ drawn: number; drew: (turn: number) => void } | null>(null);

/** After the next frame has been drawn, in a task of its own. */
function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * Lets the charts inside it draw one at a time, each in its own task after the previous one has painted:
 * recharts takes tens of milliseconds a chart on a slow phone, and three at once would be one long task.
 */
export function ChartTurns({ children }: { children: ReactNode }) {
  const [drawn, setDrawn] = useState(0);
  useEffect(() => afterNextFrame(() => setDrawn((current) => Math.max(current, 1))), []);
  const drew = useCallback((turn: number) => afterNextFrame(() => setDrawn((current) => Math.max(current, turn + 2))), []);
  return <ChartTurnContext value={{ drawn, drew }}>{children}</ChartTurnContext>;
}

/** Whether the chart with this turn (0 first) may draw now (once `ready`); outside `ChartTurns` it always may. */
export function useChartTurn(turn: number, ready = true): boolean {
  const turns = useContext(ChartTurnContext);
  const mayDraw = ready && (!turns || turns.drawn > turn);
  useEffect(() => {
    if (mayDraw) turns?.drew(turn);
  }, [mayDraw, turns, turn]);
  return mayDraw;
}

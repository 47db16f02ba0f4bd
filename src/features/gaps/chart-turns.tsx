import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const ChartTurnContext = createContext<{ drawn: number; drew: (turn: number) => void } | null>(null);

/** After the next frame has been drawn, in a task of its own. */
function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => inNewTask(callback));
}

/** In a task of its own, as soon as the browser has handled what is waiting (input first), without waiting for a frame. */
function inNewTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/**
 * Lets the charts inside it draw one at a time, each in its own task: the first once the screen around them has
 * painted, each next one in the task after the previous one, without waiting for a frame. recharts takes tens of
 * milliseconds a chart on a slow phone, and two at once would be one long task; waiting a frame between them
 * would only add time before the last one is drawn.
 */
export function ChartTurns({ children }: { children: ReactNode }) {
  const [drawn, setDrawn] = useState(0);
  // A turn that comes after the charts left the page (a task or a frame later) changes nothing.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    afterNextFrame(() => mounted.current && setDrawn((current) => Math.max(current, 1)));
    return () => {
      mounted.current = false;
    };
  }, []);
  const drew = useCallback((turn: number) => inNewTask(() => mounted.current && setDrawn((current) => Math.max(current, turn + 2))), []);
  return <ChartTurnContext value={{ drawn, drew }}>{children}</ChartTurnContext>;
}

/**
 * Whether the chart with this turn (0 first) may draw now (once `ready`); outside `ChartTurns`, or with no turn (a
 * drawing cheap enough to come with the screen), it always may.
 */
export function useChartTurn(turn: number | undefined, ready = true): boolean {
  const turns = useContext(ChartTurnContext);
  const mayDraw = ready && (!turns || turn === undefined || turns.drawn > turn);
  useEffect(() => {
    if (mayDraw && turn !== undefined) turns?.drew(turn);
  }, [mayDraw, turns, turn]);
  return mayDraw;
}

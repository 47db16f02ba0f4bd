import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { downloadBlob } from '../../lib/download';
import { standaloneSvg, svgToPng, type LegendEntry } from '../../lib/svg-export';
import { TableScroll } from '../../ui/table-scroll';
import { useChartTurn } from './chart-turns';
import { useGapsTranslation } from './use-gaps-translation';

/**
 * A chart with its title, SVG and PNG downloads, and under it the table of exactly the figures it draws.
 * The drawing is hidden from screen readers; the table is what they read.
 */
export function ChartFigure(props: {
  id: string;
  /** Its place in the order the screen's recharts charts draw (see ChartTurns); none for a plain SVG, drawn at once. */
  turn?: number;
  title: string;
  fileName: (what: string, extension: string) => string;
  /** The drawing; as a function of the width it may take, for a chart that fills the width (see useDrawingWidth). */
  chart: ReactNode | ((width: number) => ReactNode);
  table: ReactNode;
  empty?: string;
  legend?: LegendEntry[];
  scrollable?: boolean;
  hint?: string;
  /** Controls of the drawing itself, before the downloads. */
  actions?: ReactNode;
}) {
  const { id, turn, title, fileName, chart, table, empty, legend, scrollable = false, hint, actions } = props;
  const { t } = useGapsTranslation();
  const drawing = useRef<HTMLDivElement>(null);
  const width = useDrawingWidth(drawing, typeof chart === 'function');
  const mayDraw = useChartTurn(turn, width !== 0);
  // Built once a width is known, and again only when it changes: the other charts' turns re-render this figure.
  const drawn = useMemo(() => (!mayDraw ? null : typeof chart === 'function' ? chart(width) : chart), [mayDraw, chart, width]);

  async function download(format: 'svg' | 'png') {
    // The chart itself is the largest drawing (recharts also draws small legend icons as SVG).
    const svgs = Array.from(drawing.current?.querySelectorAll('svg') ?? []);
    const area = (element: SVGSVGElement) => element.getBoundingClientRect().width * element.getBoundingClientRect().height;
    const svg = svgs.sort((a, b) => area(b) - area(a))[0];
    if (!svg) return;
    const exported = await standaloneSvg(svg, title, legend);
    if (format === 'svg') downloadBlob(new Blob([exported.text], { type: 'image/svg+xml' }), fileName(id, 'svg'));
    else downloadBlob(await svgToPng(exported.text, exported.width, exported.height), fileName(id, 'png'));
  }

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      {hint && <p className="field__hint">{hint}</p>}
      {empty ? (
        <p className="chart__empty">{empty}</p>
      ) : (
        <>
          {/* A drawing wider than a phone scrolls, so it must take the keyboard focus; screen readers get the table. */}
          <div
            ref={drawing}
            className="chart__drawing"
            data-chart={id}
            {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': title } : { 'aria-hidden': true })}
          >
            {drawn && (scrollable ? <div aria-hidden="true">{drawn}</div> : drawn)}
            {drawn && legend && <ChartLegend entries={legend} />}
          </div>
          <div className="chart__actions">
            {actions}
            <button type="button" className="button button--secondary" onClick={() => void download('svg')}>
              {t('gaps.downloadSvg')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void download('png')}>
              {t('gaps.downloadPng')}
            </button>
          </div>
        </>
      )}
      <details className="chart__numbers" open={Boolean(empty)}>
        <summary>{t('gaps.showNumbers')}</summary>
        <TableScroll label={`${title}: ${t('gaps.showNumbers')}`}>{table}</TableScroll>
      </details>
    </figure>
  );
}

/**
 * The series' names under the drawing, in HTML: recharts' own legend measures itself after drawing and makes the
 * chart lay out and draw again. Hidden from screen readers with the drawing (the table's headings name the series).
 */
function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart__legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
            <line x1="1" x2="23" y1="5" y2="5" stroke={entry.colour} strokeWidth="3" strokeDasharray={entry.dashed ? '6 4' : undefined} />
          </svg>
          <span className="chart__legend-text">{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The content width of `element`, from a ResizeObserver (which reports after layout, so nothing forces one), or
 * -1 when `wanted` is false; 0 until the first report. recharts' ResponsiveContainer would measure each chart with
 * getBoundingClientRect after drawing it empty, forcing a layout of the whole screen and a second render.
 */
function useDrawingWidth(element: RefObject<HTMLElement | null>, wanted: boolean): number {
  const [width, setWidth] = useState(wanted ? 0 : -1);
  useEffect(() => {
    const target = element.current;
    if (!wanted || !target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, wanted]);
  return width;
}

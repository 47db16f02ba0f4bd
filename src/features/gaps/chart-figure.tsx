import { useRef, type ReactNode } from 'react';
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
  /** Its place in the order the screen's charts draw (see ChartTurns). */
  turn: number;
  title: string;
  fileName: (what: string, extension: string) => string;
  chart: ReactNode;
  table: ReactNode;
  empty?: string;
  legend?: LegendEntry[];
  scrollable?: boolean;
  hint?: string;
}) {
  const { id, turn, title, fileName, chart, table, empty, legend, scrollable = false, hint } = props;
  const { t } = useGapsTranslation();
  const mayDraw = useChartTurn(turn);
  const drawing = useRef<HTMLDivElement>(null);

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
            {mayDraw && (scrollable ? <div aria-hidden="true">{chart}</div> : chart)}
          </div>
          <div className="chart__actions">
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

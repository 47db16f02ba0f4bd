import { useRef, type ReactNode } from 'react';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { standaloneSvg, svgToPng } from '../../lib/svg-export';
import { TableScroll } from '../../ui/table-scroll';
import { useOrganisationTranslation } from './use-organisation-translation';

/**
 * A drawn chart (hidden from screen readers), its SVG and PNG downloads, and the table of the figures it draws,
 * which is what screen readers and keyboard users read.
 */
export function OrgFigure(props: { id: string; title: string; hint?: string; fileStem: string; chart: ReactNode; table: ReactNode; controls?: ReactNode }) {
  const { id, title, hint, fileStem, chart, table, controls } = props;
  const { t } = useOrganisationTranslation();
  const drawing = useRef<HTMLDivElement>(null);

  async function download(format: 'svg' | 'png') {
    const svg = drawing.current?.querySelector('svg');
    if (!svg) return;
    const exported = await standaloneSvg(svg, title);
    const name = safeFileName(fileStem, id);
    if (format === 'svg') downloadBlob(new Blob([exported.text], { type: 'image/svg+xml' }), `${name}.svg`);
    else downloadBlob(await svgToPng(exported.text, exported.width, exported.height), `${name}.png`);
  }

  return (
    <section className="panel org-figure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint && <p className="field__hint">{hint}</p>}
      {controls}
      <div ref={drawing} className="org-figure__drawing" data-chart={id} aria-hidden="true">
        {chart}
      </div>
      <div className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={() => void download('svg')}>
          {t('org.downloadSvg')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void download('png')}>
          {t('org.downloadPng')}
        </button>
      </div>
      <details className="org-figure__numbers">
        <summary>{t('org.showNumbers')}</summary>
        <TableScroll label={`${title}: ${t('org.showNumbers')}`}>{table}</TableScroll>
      </details>
    </section>
  );
}

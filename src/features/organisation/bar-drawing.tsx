import { shorten } from '../../lib/wrap-text';

/** The drawing's width: narrow enough for a 375 px phone's panel (about 314 px), so that no count is ever cut off. */
export const barDrawingWidth = 310;

/**
 * Horizontal bars, each with its label on the line above and its value written before it (readable without colour,
 * and at any width: the value never sits past the end of a long bar).
 */
export function BarDrawing({ bars, max }: { bars: { label: string; value: number; text: string }[]; max: number }) {
  const countWidth = 64;
  const barArea = barDrawingWidth - countWidth - 4;
  const rowHeight = 40;
  const height = bars.length * rowHeight + 4;
  return (
    <svg className="org-bars" width={barDrawingWidth} height={height} viewBox={`0 0 ${barDrawingWidth} ${height}`} role="img">
      {bars.map((bar, index) => {
        const y = 2 + index * rowHeight;
        const length = max === 0 ? 0 : (bar.value / max) * barArea;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={0} y={y + 13} fontSize={12} fill="#1c2430">
              {shorten(bar.label, 46)}
            </text>
            <text x={countWidth - 6} y={y + 31} textAnchor="end" fontSize={12} fill="#1c2430">
              {bar.text}
            </text>
            <rect x={countWidth} y={y + 19} width={Math.max(length, 1)} height={16} fill="#17375e" />
          </g>
        );
      })}
    </svg>
  );
}

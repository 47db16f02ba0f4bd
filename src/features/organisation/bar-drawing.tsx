import { shorten } from '../../lib/wrap-text';
/** Horizontal bars with their label and value written beside them (readable without colour). */
export function BarDrawing({ bars, max }: { bars: { label: string; value: number; text: string }[]; max: number }) {
  const labelWidth = 230;
  const barArea = 360;
  const rowHeight = 26;
  const width = labelWidth + barArea + 70;
  const height = bars.length * rowHeight + 8;
  return (
    <svg className="org-bars" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      {bars.map((bar, index) => {
        const y = 4 + index * rowHeight;
        const length = max === 0 ? 0 : (bar.value / max) * barArea;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize={12} fill="#1c2430">
              {shorten(bar.label, 34)}
            </text>
            <rect x={labelWidth} y={y + 3} width={Math.max(length, 1)} height={rowHeight - 8} fill="#17375e" />
            <text x={labelWidth + length + 6} y={y + 16} fontSize={12} fill="#1c2430">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import type { HeatCell } from './heatmap-grid';
// Five shades, light to dark; the text is dark on the first three and white on the last two, 4.5:1 or more on each.
const shades = ['#ffffff', '#dbe6f3', '#a9c1de', '#3f6a9e', '#17375e'];
const steps = [0.1, 0.3, 0.5, 0.75];
// Not rated: a pale gold, apart from both the white of "meets the target" and the grey of "not in the role".
const notRatedFill = '#fff4d6';
// Starred experience outstanding: a pale red with a red border, whatever the value (never the white of "met").
const starredFill = '#fbe1dd';
const starredStroke = '#b42318';

/** A cell's fill and border: by how far short its value is; flagged cells (heatmap-grid.ts) apart. */
function cellLook(value: HeatCell, shortfall: (value: number) => number) {
  const flagged = typeof value === 'object' && value !== null;
  const number = flagged ? value.value : value;
  const shade = typeof number === 'number' ? steps.filter((step) => shortfall(number) >= step).length : -1;
  if (flagged && value.starred > 0) return { shade: 0, fill: starredFill, stroke: starredStroke, strokeWidth: 2 };
  const fill = shades[shade] ?? (value === 'not-rated' || flagged ? notRatedFill : '#f1f3f6');
  // Some of the group not rated: a dashed border (the value counts the rated items only).
  return { shade, fill, stroke: flagged ? '#44546a' : '#d5dce6', strokeWidth: 1, dash: flagged ? '4 3' : undefined };
}

/** A people × columns grid drawn as SVG: each cell shaded by how far short it is, with its value written in it. */
export function HeatmapDrawing(props: {
  columns: string[];
  rows: { name: string; cells: HeatCell[] }[];
  shortfall: (value: number) => number;
  format: (value: HeatCell) => string;
}) {
  const { columns, rows, shortfall, format } = props;
  const nameWidth = 170;
  const cell = { width: 62, height: 26 };
  const top = 30;
  const width = nameWidth + columns.length * cell.width;
  const height = top + rows.length * cell.height;
  return (
    <svg className="org-heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      {columns.map((column, index) => (
        <text key={column} x={nameWidth + index * cell.width + cell.width / 2} y={top - 10} textAnchor="middle" fontSize={12} fill="#1c2430">
          {column}
        </text>
      ))}
      {rows.map((row, rowIndex) => {
        const y = top + rowIndex * cell.height;
        return (
          <g key={`${row.name}-${rowIndex}`}>
            <text x={4} y={y + 17} fontSize={12} fill="#1c2430">
              {row.name}
            </text>
            {row.cells.map((value, index) => {
              const look = cellLook(value, shortfall);
              return (
                <g key={index}>
                  <rect
                    x={nameWidth + index * cell.width}
                    y={y}
                    width={cell.width - 2}
                    height={cell.height - 2}
                    fill={look.fill}
                    stroke={look.stroke}
                    strokeWidth={look.strokeWidth}
                    strokeDasharray={look.dash}
                  />
                  <text
                    x={nameWidth + index * cell.width + cell.width / 2 - 1}
                    y={y + 17}
                    textAnchor="middle"
                    fontSize={12}
                    fill={look.shade >= 3 ? '#ffffff' : '#1c2430'}
                  >
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

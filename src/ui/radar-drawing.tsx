import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';

// Okabe–Ito colours: safe for colour-blind readers; the two series also differ by line style.
export const radarColours = { target: '#0072B2', self: '#D55E00', reviewer: '#009E73' } as const;

/** The scale's levels, given rather than worked out (recharts' nice ticks use decimal arithmetic). */
const levels = [0, 1, 2, 3, 4];

interface RadarPoint {
  code: string;
  target: number;
  /** Null where nothing is rated: drawn at 0. */
  self: number | null;
  /** A reviewer's mean, when a review is shown (a third series); null where the reviewer rated nothing. */
  reviewer?: number | null;
}

/**
 * Target (dashed) against self-rating (filled) on a 0–4 scale, one spoke per group. Sized by its parent
 * (a recharts ResponsiveContainer passes width and height) or by `width` and `height`. Without `legend`, the
 * caller names the series itself (the gap screen does, in HTML).
 */
export function RadarDrawing(props: {
  data: RadarPoint[];
  targetLabel: string;
  selfLabel: string;
  reviewerLabel?: string;
  width?: number;
  height?: number;
  legend?: boolean;
}) {
  const { data, targetLabel, selfLabel, reviewerLabel, width, height, legend = true } = props;
  return (
    <RadarChart
      data={data.map((point) => ({ ...point, self: point.self ?? 0, reviewer: point.reviewer ?? 0 }))}
      outerRadius="72%"
      width={width}
      height={height}
      accessibilityLayer={false}
    >
      <PolarGrid />
      <PolarAngleAxis dataKey="code" tick={{ fontSize: 14, fill: '#1c2430' }} />
      <PolarRadiusAxis domain={[0, 4]} tickCount={5} ticks={levels} angle={60} tick={{ fontSize: 11, fill: '#4a5565' }} />
      <Radar
        name={targetLabel}
        dataKey="target"
        stroke={radarColours.target}
        strokeWidth={2}
        strokeDasharray="6 4"
        fill={radarColours.target}
        fillOpacity={0.08}
        isAnimationActive={false}
      />
      <Radar name={selfLabel} dataKey="self" stroke={radarColours.self} strokeWidth={2} fill={radarColours.self} fillOpacity={0.3} isAnimationActive={false} />
      {reviewerLabel && (
        <Radar
          name={reviewerLabel}
          dataKey="reviewer"
          stroke={radarColours.reviewer}
          strokeWidth={3}
          strokeDasharray="2 3"
          fill={radarColours.reviewer}
          fillOpacity={0.12}
          isAnimationActive={false}
        />
      )}
      {legend && <Legend wrapperStyle={{ fontSize: 14 }} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />}
    </RadarChart>
  );
}

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend } from 'recharts';
import type { GapAnalysis } from '../../domain/gaps';
import { level } from './format';
import { useGapsTranslation } from './use-gaps-translation';
import { ChartFigure } from './chart-figure';

// Okabe–Ito colours: safe for colour-blind readers; the two series also differ by line style.
const targetColour = '#0072B2';
const selfColour = '#D55E00';

export interface GroupRow {
  code: string;
  name: string;
  meanTarget: number | null;
  meanValue: number | null;
  readiness: number | null;
  rated: number;
  total: number;
}

/** Target against self-rating per skill group, with the table of the same figures. */
export function ReadinessRadar({ rows, fileStem }: { rows: GroupRow[]; fileStem: string }) {
  const { t } = useGapsTranslation();
  const data = rows.map((row) => ({ code: row.code, target: row.meanTarget ?? 0, self: row.meanValue ?? 0 }));
  return (
    <ChartFigure
      id="radar"
      title={t('gaps.radarTitle')}
      fileStem={fileStem}
      legend={[
        { label: t('gaps.radarTarget'), colour: targetColour, dashed: true },
        { label: t('gaps.radarSelf'), colour: selfColour },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={340}>
          <RadarChart data={data} outerRadius="72%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="code" tick={{ fontSize: 14, fill: '#1c2430' }} />
            <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90} tick={{ fontSize: 11, fill: '#4a5565' }} />
            <Radar name={t('gaps.radarTarget')} dataKey="target" stroke={targetColour} strokeWidth={2} strokeDasharray="6 4" fill={targetColour} fillOpacity={0.08} isAnimationActive={false} />
            <Radar name={t('gaps.radarSelf')} dataKey="self" stroke={selfColour} strokeWidth={2} fill={selfColour} fillOpacity={0.3} isAnimationActive={false} />
            <Legend wrapperStyle={{ fontSize: 14 }} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />
          </RadarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">{t('gaps.group')}</th>
              <th scope="col">{t('gaps.radarTarget')}</th>
              <th scope="col">{t('gaps.radarSelf')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-group={row.code}>
                <th scope="row">
                  {row.code} {row.name}
                </th>
                <td>{level(row.meanTarget)}</td>
                <td>{row.meanValue === null ? t('gaps.notRated') : level(row.meanValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The rows of the radar and of the readiness table, for every group in the analysis. */
export function groupRows(analysis: GapAnalysis, nameOf: (group: string) => string): GroupRow[] {
  return analysis.groups.map(({ group, readiness }) => ({
    code: group,
    name: nameOf(group),
    meanTarget: readiness.meanTarget,
    meanValue: readiness.meanValue,
    readiness: readiness.readiness,
    rated: readiness.rated,
    total: readiness.total,
  }));
}

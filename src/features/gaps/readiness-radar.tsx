import { ResponsiveContainer } from 'recharts';
import type { GapAnalysis } from '../../domain/gaps';
import { level } from './format';
import { useGapsTranslation } from './use-gaps-translation';
import { RadarDrawing, radarColours } from '../../ui/radar-drawing';
import { ChartFigure } from './chart-figure';


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
        { label: t('gaps.radarTarget'), colour: radarColours.target, dashed: true },
        { label: t('gaps.radarSelf'), colour: radarColours.self },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={340}>
          <RadarDrawing data={data} targetLabel={t('gaps.radarTarget')} selfLabel={t('gaps.radarSelf')} />
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

import { ResponsiveContainer } from 'recharts';
import { radarPoints, type GapAnalysis } from '../../domain/gaps';
import { level } from '../../lib/number-format';
import { useGapsTranslation } from './use-gaps-translation';
import { RadarDrawing, radarColours } from '../../ui/radar-drawing';
import { ChartFigure } from './chart-figure';


/** Target against self-rating per skill group, with the table of the same figures. */
export function ReadinessRadar({ analysis, nameOf, fileName }: { analysis: GapAnalysis; nameOf: (group: string) => string; fileName: (what: string, extension: string) => string }) {
  const { t } = useGapsTranslation();
  const data = radarPoints(analysis);
  return (
    <ChartFigure
      id="radar"
      title={t('gaps.radarTitle')}
      fileName={fileName}
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
            {data.map((point) => (
              <tr key={point.code} data-group={point.code}>
                <th scope="row">
                  {point.code} {nameOf(point.code)}
                </th>
                <td>{level(point.target)}</td>
                <td>{point.self === null ? t('gaps.notRated') : level(point.self)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

import { radarPoints, type GapAnalysis, type ReadinessGroup } from '../../domain/scoring/gaps';
import { level } from '../../lib/number-format';
import { useGapsTranslation } from './use-gaps-translation';
import { RadarDrawing, radarColours } from '../../ui/radar-drawing';
import { ChartFigure } from './chart-figure';

/** Target against self-rating per skill group, with the table of the same figures. */
export function ReadinessRadar(props: {
  analysis: GapAnalysis;
  nameOf: (group: ReadinessGroup) => string;
  fileName: (what: string, extension: string) => string;
  reviewer?: { analysis: GapAnalysis; label: string };
}) {
  const { analysis, nameOf, fileName, reviewer } = props;
  const { t } = useGapsTranslation();
  const theirs = reviewer ? new Map(radarPoints(reviewer.analysis).map((point) => [point.code, point.self])) : null;
  const data = radarPoints(analysis).map((point) => ({ ...point, ...(theirs ? { reviewer: theirs.get(point.code) ?? null } : {}) }));
  return (
    <ChartFigure
      id="radar"
      turn={0}
      title={t('gaps.radarTitle')}
      fileName={fileName}
      legend={[
        { label: t('gaps.radarTarget'), colour: radarColours.target, dashed: true },
        { label: t('gaps.radarSelf'), colour: radarColours.self },
        ...(reviewer ? [{ label: reviewer.label, colour: radarColours.reviewer, dashed: true }] : []),
      ]}
      chart={(width: number) => (
        <RadarDrawing
          data={data}
          targetLabel={t('gaps.radarTarget')}
          selfLabel={t('gaps.radarSelf')}
          reviewerLabel={reviewer?.label}
          width={width}
          height={310}
          legend={false}
        />
      )}
      table={
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">{t('gaps.group')}</th>
              <th scope="col">{t('gaps.radarTarget')}</th>
              <th scope="col">{t('gaps.radarSelf')}</th>
              {reviewer && <th scope="col">{reviewer.label}</th>}
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
                {reviewer && <td>{point.reviewer == null ? t('gaps.notRated') : level(point.reviewer)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

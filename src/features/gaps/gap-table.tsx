import type { GapPriority } from '../../domain/scoring/gaps';
import { gapMeasure } from '../../domain/scoring/scoring';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { level } from '../../lib/number-format';
import { useGapsTranslation } from './use-gaps-translation';

type Standing = GapPriority['standing'];

/** An item's gap in words: levels for a unit; experience has no levels, its words say what is missing (docs/scoring.md). */
export function useGapText(): (standing: Standing) => string {
  const { t } = useGapsTranslation();
  return (standing) => {
    const measure = gapMeasure(standing);
    if (measure === null) return '—';
    return measure.unit === 'levels' ? level(measure.levels) : t(measure.missing === 'all' ? 'gaps.experienceMissing' : 'gaps.experiencePartlyMissing');
  };
}

/** The gap chart's numbers as a table: every item, in the chart's order, its target, level and gap. */
export function GapTable({ priorities, language, valueHeading }: { priorities: readonly GapPriority[]; language: Language; valueHeading: string }) {
  const { t } = useGapsTranslation();
  const gapText = useGapText();
  const experienceText = (standing: Standing, which: 'target' | 'value') => {
    if (which === 'target') return t('gaps.experience.yes');
    return t(standing.value === 0 ? 'gaps.experience.none' : standing.value < standing.target ? 'gaps.experience.some' : 'gaps.experience.yes');
  };
  return (
    <table className="numbers numbers--stack">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('gaps.item')}</th>
          <th scope="col">{t('gaps.target')}</th>
          <th scope="col">{valueHeading}</th>
          <th scope="col">{t('gaps.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {priorities.map(({ standing }, index) => (
          <tr key={standing.item.key} data-key={standing.item.key}>
            <td data-label="#">{index + 1}</td>
            <th scope="row">
              <span className="code">{standing.item.code}</span> {pickText(standing.item.title, language)}
            </th>
            <td data-label={t('gaps.target')}>{standing.item.kind === 'experience' ? experienceText(standing, 'target') : level(standing.target)}</td>
            <td data-label={valueHeading}>{standing.item.kind === 'experience' ? experienceText(standing, 'value') : level(standing.value)}</td>
            <td data-label={t('gaps.gap')}>{gapText(standing)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

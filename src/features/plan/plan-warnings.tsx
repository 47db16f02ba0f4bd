import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { pickText } from '../../domain/shared/localized-text';
import type { PlanWarnings } from '../../domain/scoring/plan';
import { gapMeasure, type ItemStanding } from '../../domain/scoring/scoring';
import { level } from '../../lib/number-format';
import { Icon } from '../../ui/icon';
import { usePlanTranslation } from './use-plan-translation';

/** What the plan warns about: actions that end after a starred deadline, and gaps no action serves yet, by priority. */
export function PlanWarningsPanel(props: {
  warnings: PlanWarnings;
  itemName: (key: string) => string;
  onAddFor: (itemKey: AssessmentItem['key']) => void;
  basisNote?: string;
}) {
  const { warnings, itemName, onAddFor, basisNote } = props;
  const { language, t } = usePlanTranslation();
  // The gap's size in the gap screen's words: levels for a rated item, missing or partly missing for experience.
  const gapSize = (standing: ItemStanding) => {
    const measure = gapMeasure(standing);
    if (!measure) return t('plan.unrated');
    return measure.unit === 'levels'
      ? t('plan.gapLevels', { gap: level(measure.levels) })
      : t(measure.missing === 'all' ? 'plan.gapMissing' : 'plan.gapPartlyMissing');
  };
  return (
    <section className="panel" aria-labelledby="plan-warnings">
      <h2 id="plan-warnings">{t('plan.warnings')}</h2>
      {basisNote && <p className="notice plan__basis">{basisNote}</p>}
      {warnings.lateActions.length > 0 && (
        <ul className="plan__late">
          {warnings.lateActions.map(({ action, itemKey, deadline }) => (
            <li key={`${action.id}-${itemKey}`}>
              <Icon name="alert" />{' '}
              {t('plan.late', {
                action: action.description,
                date: formatLongDate(action.targetOn, language),
                item: itemName(itemKey),
                deadline: formatLongDate(deadline, language),
              })}
            </li>
          ))}
        </ul>
      )}
      {warnings.uncovered.length === 0 ? (
        <p>
          <Icon name="check" /> {t('plan.allCovered')}
        </p>
      ) : (
        <>
          <h3>{t('plan.uncovered', { count: warnings.uncovered.length })}</h3>
          <p className="field__hint">{t('plan.uncoveredHint')}</p>
          <ol className="plan__uncovered split-rows">
            {warnings.uncovered.map(({ item, standing, deadline }) => (
              <li key={item.key} data-key={item.key}>
                <span>
                  <span className="code">{item.code}</span> {pickText(item.title, language)}
                  <span className="plan__gap-size">
                    {gapSize(standing)}
                    {deadline && (
                      <>
                        {' · '}
                        <strong className="plan__due" data-status={deadline.status}>
                          {t('plan.starredDue', { date: formatLongDate(deadline.date, language) })}
                        </strong>
                        {' · '}
                        {deadline.daysLeft < 0 ? t('deadline.overdueBy', { days: -deadline.daysLeft }) : t('deadline.daysLeft', { days: deadline.daysLeft })}
                      </>
                    )}
                  </span>
                </span>
                <button type="button" className="button button--secondary" onClick={() => onAddFor(item.key)}>
                  {t('plan.addFor', { code: item.code })}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

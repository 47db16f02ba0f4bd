import type { AssessmentItem } from '../../domain/assessment-items';
import { formatLongDate } from '../../domain/calendar-date';
import { pickText } from '../../domain/localized-text';
import type { PlanWarnings } from '../../domain/plan';
import { usePlanTranslation } from './use-plan-translation';

/** What the plan warns about: actions that end after a starred deadline, and gaps no action serves yet. */
export function PlanWarningsPanel({ warnings, itemName, onAddFor }: { warnings: PlanWarnings; itemName: (key: string) => string; onAddFor: (itemKey: AssessmentItem['key']) => void }) {
  const { language, t } = usePlanTranslation();
  return (
    <section className="panel" aria-labelledby="plan-warnings">
      <h2 id="plan-warnings">{t('plan.warnings')}</h2>
      {warnings.lateActions.length > 0 && (
        <ul className="plan__late">
          {warnings.lateActions.map(({ action, itemKey, deadline }) => (
            <li key={`${action.id}-${itemKey}`}>
              ⚠ {t('plan.late', { action: action.description, date: formatLongDate(action.targetOn, language), item: itemName(itemKey), deadline: formatLongDate(deadline, language) })}
            </li>
          ))}
        </ul>
      )}
      {warnings.uncovered.length === 0 ? (
        <p>✓ {t('plan.allCovered')}</p>
      ) : (
        <>
          <h3>{t('plan.uncovered', { count: warnings.uncovered.length })}</h3>
          <ul className="plan__uncovered split-rows">
            {warnings.uncovered.map((item) => (
              <li key={item.key}>
                <span>
                  <span className="code">{item.code}</span> {pickText(item.title, language)}
                </span>
                <button type="button" className="button button--secondary" onClick={() => onAddFor(item.key)}>
                  {t('plan.addFor', { code: item.code })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

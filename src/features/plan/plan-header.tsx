import { routes } from '../../lib/routes';
import { usePlanTranslation } from './use-plan-translation';

/** The plan's heading, with the way back to the assessment, and its two actions: add an action, export the calendar. */
export function PlanHeader({
  assessmentId,
  title,
  onAdd,
  onExportCalendar,
}: {
  assessmentId: string;
  title: string;
  onAdd: () => void;
  onExportCalendar: () => void;
}) {
  const { t } = usePlanTranslation();
  return (
    <header className="panel">
      <p className="eyebrow">
        <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › <a href={routes.assessment.href({ assessmentId })}>{title}</a>
      </p>
      <h1>{t('plan.title')}</h1>
      <p>{t('plan.intro')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onAdd}>
          {t('plan.add')}
        </button>
        <button type="button" className="button button--secondary" onClick={onExportCalendar}>
          {t('plan.exportIcs')}
        </button>
      </div>
      <p className="field__hint">{t('plan.exportHint')}</p>
    </header>
  );
}

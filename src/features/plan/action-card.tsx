import { actionKindName, actionStatusName } from '../../i18n/action-names';
import { flushSync } from 'react-dom';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { actionStatuses, type ActionStatus, type DevelopmentAction } from '../../domain/assessment/development-action';
import { useAppStore } from '../../store/app-store-context';
import { usePlanTranslation } from './use-plan-translation';
import { partName } from '../../domain/assessment/assessment-parts';
import { liveConflict } from '../../domain/assessment/conflict-schema';
import { lazy, Suspense } from 'react';
import { LazyEvidenceFiles } from '../../ui/lazy-evidence-files';

// Two tabs changing one action at once is rare: its note's code loads when one is there.
const ActionConflict = lazy(() => import('./action-conflict').then((module) => ({ default: module.ActionConflict })));

/** One action of the plan: what, when, for which items; its status to change in place, edit and delete. */
export function ActionCard(props: {
  assessmentId: string;
  action: DevelopmentAction;
  itemName: (key: string) => string;
  onStatusChange: (status: ActionStatus) => void;
  onEdit: (opener: HTMLElement) => void;
  onDelete: () => void;
}) {
  const { assessmentId, action, itemName, onStatusChange, onEdit, onDelete } = props;
  const { language, t } = usePlanTranslation();
  const updateAction = useAppStore((state) => state.updateAction);
  const conflict = useAppStore((state) => liveConflict(state, assessmentId, partName('actions', action.id)) !== undefined);
  return (
    <li className="action-card" data-action={action.id}>
      <p className="action-card__title">
        <strong>{actionKindName(t, action.kind)}</strong> · <span className="action-card__description">{action.description}</span>
      </p>
      <p className="action-card__meta">
        {action.startOn ? `${formatLongDate(action.startOn, language)} – ` : ''}
        {t('plan.target', { date: formatLongDate(action.targetOn, language) })}
        {action.hours !== undefined && ` · ${t('plan.hoursShown', { hours: action.hours })}`}
        {action.link && (
          <>
            {' · '}
            <a href={action.link} target="_blank" rel="noopener noreferrer">
              {t('plan.openLink')}
            </a>
          </>
        )}
        <br />
        {action.serves.map(itemName).join(' · ')}
      </p>
      <div className="action-card__tools">
        <label>
          <span className="visually-hidden">
            {t('plan.status')} {action.description}
          </span>
          <select
            className="input input--compact"
            value={action.status}
            onChange={(event) => {
              const status = actionStatuses.find((candidate) => candidate === event.target.value);
              if (!status) return;
              // The card moves to its new status group: keep the focus on its status field.
              flushSync(() => {
                updateAction(assessmentId, action.id, { status });
                onStatusChange(status);
              });
              document.querySelector<HTMLSelectElement>(`[data-action="${action.id}"] select`)?.focus();
            }}
          >
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {actionStatusName(t, status)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--link"
          onClick={(event) => onEdit(event.currentTarget)}
          aria-label={`${t('plan.edit')} ${action.description}`}
        >
          {t('plan.edit')}
        </button>
        <button type="button" className="button button--link" onClick={onDelete} aria-label={`${t('plan.delete')} ${action.description}`}>
          {t('plan.delete')}
        </button>
      </div>
      <LazyEvidenceFiles assessmentId={assessmentId} attachedTo={`action:${action.id}`} itemName={action.description} />
      {conflict && (
        <Suspense fallback={null}>
          <ActionConflict assessmentId={assessmentId} action={action} />
        </Suspense>
      )}
    </li>
  );
}

import { lazy, Suspense, type Ref } from 'react';
import { assessmentParts } from '../../domain/assessment/assessment-parts';
import { liveConflict } from '../../domain/assessment/conflict-schema';
import type { ActionStatus, DevelopmentAction } from '../../domain/assessment/development-action';
import { ownEntry } from '../../domain/shared/own-entry';
import { groupActions } from '../../domain/scoring/plan';
import { actionStatusName } from '../../i18n/action-names';
import { useAppStore } from '../../store/app-store-context';
import { ActionCard } from './action-card';
import { usePlanTranslation } from './use-plan-translation';

const RemovedActionConflicts = lazy(() => import('./action-conflict').then((module) => ({ default: module.RemovedActionConflicts })));

/** The plan's actions by status (planned, in progress, done), each a card to update, edit or delete. */
export function PlanActions(props: {
  assessmentId: string;
  actions: readonly DevelopmentAction[];
  itemName: (key: string) => string;
  headingRef: Ref<HTMLHeadingElement>;
  onStatusChange: (action: DevelopmentAction, status: ActionStatus) => void;
  onEdit: (action: DevelopmentAction, opened: HTMLElement) => void;
  onDelete: (action: DevelopmentAction) => void;
}) {
  const { assessmentId, actions, itemName, headingRef, onStatusChange, onEdit, onDelete } = props;
  const { t } = usePlanTranslation();
  // An action changed in two tabs at once, perhaps removed in one: the notes' code loads when there is one.
  const actionConflicts = useAppStore((state) =>
    Object.keys(ownEntry(state.conflicts, assessmentId) ?? {}).some(
      (part) => part.startsWith(assessmentParts.actions.prefix) && liveConflict(state, assessmentId, part),
    ),
  );
  return (
    <section className="panel" aria-labelledby="plan-actions">
      <h2 id="plan-actions" ref={headingRef} tabIndex={-1}>
        {t('plan.actions')}
      </h2>
      {actionConflicts && (
        <Suspense fallback={null}>
          <RemovedActionConflicts assessmentId={assessmentId} actions={actions} />
        </Suspense>
      )}
      {groupActions(actions).map((group) => (
        <div key={group.status} className="plan__group">
          <h3>{actionStatusName(t, group.status)}</h3>
          {group.actions.length === 0 ? (
            <p className="field__hint">{t('plan.none')}</p>
          ) : (
            <ul className="plan__actions">
              {group.actions.map((action) => (
                <ActionCard
                  key={action.id}
                  assessmentId={assessmentId}
                  action={action}
                  itemName={itemName}
                  onStatusChange={(status) => onStatusChange(action, status)}
                  onEdit={(opened) => onEdit(action, opened)}
                  onDelete={() => onDelete(action)}
                />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

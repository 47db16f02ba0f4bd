import { actionStatusName } from '../../i18n/action-names';
import './plan.css';
import { lazy, Suspense, useRef, useState } from 'react';
import { assessmentParts } from '../../domain/assessment-parts';
import { liveConflict } from '../../domain/conflict-schema';
import { itemLabelOf } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
import type { DevelopmentAction } from '../../domain/development-action';
import { blankAction, groupActions, plannableItems, planWarnings, suggestAction } from '../../domain/plan';
import { onBasis } from '../../domain/review-compare';
import { basisStatement } from '../../i18n/basis-name';
import { useDocumentTitle } from '../../lib/document-title';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore, useClock, useToday } from '../../store/app-store-context';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ActionCard } from './action-card';
import { ActionForm } from './action-form';
import { planCalendar } from './plan-calendar';
import { PlanWarningsPanel } from './plan-warnings';
import { ResourceSuggestions } from './resource-suggestions';
import { usePlanTranslation } from './use-plan-translation';
import { ownEntry } from '../../domain/own-entry';

type Editing = { actionId?: string; initial: Omit<DevelopmentAction, 'id'>; suggested: boolean } | null;

/**
 * The agency's catalogue of development resources has a screen of its own (#/catalogue), reached from the plan. Its
 * code loads through this module (src/app/screen.tsx), so that the first screen carries no preload list of its own.
 */
export const CatalogueScreen = lazy(() => import('./catalogue-screen').then((module) => ({ default: module.CatalogueScreen })));

const RemovedActionConflicts = lazy(() => import('./action-conflict').then((module) => ({ default: module.RemovedActionConflicts })));

/** The development plan: actions by status, what is late, what has no action yet, and the calendar export. */
export function PlanScreen({ assessmentId }: { assessmentId: string }) {
  const { ratingScale } = useProfileLibrary();
  const { language, t } = usePlanTranslation();
  const screen = useAssessmentScreen(assessmentId);
  const removeAction = useAppStore((state) => state.removeAction);
  const today = useToday();
  const clock = useClock();
  // An action changed in two tabs at once, perhaps removed in one: the notes' code loads when there is one.
  const actionConflicts = useAppStore((state) => Object.keys(ownEntry(state.conflicts, assessmentId) ?? {}).some((part) => part.startsWith(assessmentParts.actions.prefix) && liveConflict(state, assessmentId, part)));
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<DevelopmentAction | null>(null);
  const [justDone, setJustDone] = useState<DevelopmentAction | null>(null);
  // Where the keyboard was when a form opened, to go back there when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  function returnFocus() {
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : actionsHeading.current;
      target?.focus();
    });
  }
  useDocumentTitle(screen?.title ?? '', t('plan.title'), t('app.name'));
  useScreenArrival(`plan:${assessmentId}`);
  if (!screen) return null;
  const { assessment, profile, items, title } = screen;

  const actions = assessment.actions ?? [];
  // The gaps no action serves yet are the chosen basis's (the self-assessment, a reviewer's, or the lower of the two),
  // as on the gap screen and in the report; an action may serve what either the appointee or the basis finds short.
  const based = onBasis(assessment);
  const needing = plannableItems(items, assessment, based, ratingScale.defaultTarget);
  const warnings = planWarnings(items, based, actions, { defaultTarget: ratingScale.defaultTarget, today });
  const basisNote = (assessment.reviews ?? []).length > 0 ? basisStatement(assessment, language, 'uses') : undefined;
  const itemName = (key: string) => itemLabelOf(items, key, language);
  const candidates = (serves: string[]) => items.filter((item) => needing.includes(item) || serves.includes(item.key));

  /** A new action: for `itemKey`, from the app's suggestion; without one, for no item until the user chooses. */
  function startAction(itemKey?: string) {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const item = itemKey === undefined ? undefined : items.find((candidate) => candidate.key === itemKey);
    const suggestion = item ? suggestAction(item, { appointedOn: assessment.appointee.appointedOn, today }) : blankAction(today);
    setEditing({ initial: { ...suggestion, description: item ? pickText(item.title, language) : '' }, suggested: Boolean(item) });
  }

  function exportCalendar() {
    const text = planCalendar({ assessment, title, items, language, now: clock.now() });
    downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), assessmentFileName(assessment, profile.abbreviation, 'plan', 'ics'));
  }

  return (
    <div className="plan">
      <header className="panel">
        <p className="eyebrow">
          <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › <a href={routes.assessment.href({ assessmentId: assessment.id })}>{title}</a>
        </p>
        <h1>{t('plan.title')}</h1>
        <p>{t('plan.intro')}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => startAction()}>
            {t('plan.add')}
          </button>
          <button type="button" className="button button--secondary" onClick={exportCalendar}>
            {t('plan.exportIcs')}
          </button>
        </div>
        <p className="field__hint">{t('plan.exportHint')}</p>
      </header>

      {justDone && (
        <p className="notice" role="status">
          {t('plan.doneUpdate', { items: justDone.serves.map(itemName).join(', ') })} <a href={routes.assessment.href({ assessmentId: assessment.id })}>{t('plan.goRate')}</a>
        </p>
      )}

      {editing && (
        <ActionForm
          assessmentId={assessment.id}
          actionId={editing.actionId}
          initial={editing.initial}
          suggested={editing.suggested}
          candidates={candidates(editing.initial.serves)}
          onDone={() => {
            setEditing(null);
            returnFocus();
          }}
        />
      )}

      <PlanWarningsPanel warnings={warnings} itemName={itemName} onAddFor={startAction} basisNote={basisNote} />

      <ResourceSuggestions assessment={assessment} items={items} needing={needing} defaultTarget={ratingScale.defaultTarget} />

      <section className="panel" aria-labelledby="plan-actions">
        <h2 id="plan-actions" ref={actionsHeading} tabIndex={-1}>
          {t('plan.actions')}
        </h2>
        {actionConflicts && (
          <Suspense fallback={null}>
            <RemovedActionConflicts assessmentId={assessment.id} actions={actions} />
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
                    assessmentId={assessment.id}
                    action={action}
                    itemName={itemName}
                    onStatusChange={(status) => setJustDone(status === 'done' ? action : null)}
                    onEdit={(opened) => {
                      opener.current = opened;
                      setEditing({ actionId: action.id, initial: action, suggested: false });
                    }}
                    onDelete={() => setToDelete(action)}
                  />
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
      <p>
        <a className="button button--secondary" href={routes.assessment.href({ assessmentId: assessment.id })}>
          {t('plan.back')}
        </a>
      </p>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('plan.deleteTitle')}
        body={t('plan.deleteBody', { action: toDelete?.description ?? '' })}
        confirmLabel={t('plan.delete')}
        cancelLabel={t('plan.cancel')}
        onConfirm={() => {
          if (toDelete) removeAction(assessment.id, toDelete.id);
          setToDelete(null);
          requestAnimationFrame(() => actionsHeading.current?.focus());
        }}
        onCancel={() => setToDelete(null)}
      />
    </div>
  );
}

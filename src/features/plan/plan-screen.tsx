import './plan.css';
import { lazy, useRef, useState } from 'react';
import { itemLabelOf } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
import { blankAction, suggestAction } from '../../domain/scoring/plan';
import { useDocumentTitle } from '../../lib/document-title';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useClock, useToday } from '../../store/app-store-context';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { ActionForm } from './action-form';
import { PlanActions } from './plan-actions';
import { PlanHeader } from './plan-header';
import { BackToRating, DeleteActionDialog, JustDoneNotice, planGaps } from './plan-notices';
import { planCalendar } from './plan-calendar';
import { PlanWarningsPanel } from './plan-warnings';
import { ResourceSuggestions } from './resource-suggestions';
import { usePlanTranslation } from './use-plan-translation';

type Editing = { actionId?: string; initial: Omit<DevelopmentAction, 'id'>; suggested: boolean } | null;

/**
 * The agency's catalogue of development resources has a screen of its own (#/catalogue), reached from the plan. Its
 * code loads through this module (src/app/screen.tsx), so that the first screen carries no preload list of its own.
 */
export const CatalogueScreen = lazy(() => import('./catalogue-screen').then((module) => ({ default: module.CatalogueScreen })));

/** The development plan: actions by status, what is late, what has no action yet, and the calendar export. */
export function PlanScreen({ assessmentId }: { assessmentId: string }) {
  const { ratingScale } = useProfileLibrary();
  const { language, t } = usePlanTranslation();
  const screen = useAssessmentScreen(assessmentId);
  const today = useToday();
  const clock = useClock();
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<DevelopmentAction | null>(null);
  const [justDone, setJustDone] = useState<DevelopmentAction | null>(null);
  const { openerRef, actionsHeading, returnFocus } = useFocusReturn();
  useDocumentTitle(screen?.title ?? '', t('plan.title'), t('app.name'));
  useScreenArrival(`plan:${assessmentId}`);
  if (!screen) return null;
  const { assessment, profile, items, title } = screen;

  const actions = assessment.actions ?? [];
  const { needing, warnings, basisNote } = planGaps(assessment, items, { defaultTarget: ratingScale.defaultTarget, today, language });
  const itemName = (key: string) => itemLabelOf(items, key, language);
  const candidates = (serves: string[]) => items.filter((item) => needing.includes(item) || serves.includes(item.key));

  /** A new action: for `itemKey`, from the app's suggestion; without one, for no item until the user chooses. */
  function startAction(itemKey?: string) {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const item = itemKey === undefined ? undefined : items.find((candidate) => candidate.key === itemKey);
    const suggestion = item ? suggestAction(item, { appointedOn: assessment.appointee.appointedOn, today }) : blankAction(today);
    setEditing({ initial: { ...suggestion, description: item ? pickText(item.title, language) : '' }, suggested: Boolean(item) });
  }

  const exportCalendar = () => {
    const text = planCalendar({ assessment, title, items, language, now: clock.now() });
    downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), assessmentFileName(assessment, profile.abbreviation, 'plan', 'ics'));
  };

  return (
    <div className="plan">
      <PlanHeader assessmentId={assessment.id} title={title} onAdd={() => startAction()} onExportCalendar={exportCalendar} />
      {justDone && <JustDoneNotice assessmentId={assessment.id} action={justDone} itemName={itemName} />}
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
      <PlanActions
        assessmentId={assessment.id}
        actions={actions}
        itemName={itemName}
        headingRef={actionsHeading}
        onStatusChange={(action, status) => setJustDone(status === 'done' ? action : null)}
        onEdit={(action, opened) => {
          openerRef.current = opened;
          setEditing({ actionId: action.id, initial: action, suggested: false });
        }}
        onDelete={setToDelete}
      />
      <BackToRating assessmentId={assessment.id} />
      <DeleteActionDialog
        assessmentId={assessment.id}
        action={toDelete}
        onClose={() => setToDelete(null)}
        onDeleted={() => requestAnimationFrame(() => actionsHeading.current?.focus())}
      />
    </div>
  );
}

/** Where the keyboard was when a form opened, to go back there when it closes (else the actions' heading). */
function useFocusReturn() {
  const opener = useRef<HTMLElement | null>(null);
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = () =>
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : actionsHeading.current;
      target?.focus();
    });
  return { openerRef: opener, actionsHeading, returnFocus };
}

import './plan.css';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { listAssessmentItems } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
import { groupActions, itemsNeedingPlan, planWarnings, suggestAction, type DevelopmentAction } from '../../domain/plan';
import { gapMeasure, type ItemStanding } from '../../domain/scoring';
import { level } from '../../lib/number-format';
import { assessmentTitle } from '../../lib/assessment-title';
import { useDocumentTitle } from '../../lib/document-title';
import { downloadBlob } from '../../lib/download';
import { assessmentFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentHref, assessmentsHref } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ActionForm } from './action-form';
import { planCalendar } from './plan-calendar';
import { usePlanTranslation } from './use-plan-translation';
import { formatLongDate, todayCalendarDate } from '../../domain/calendar-date';
import { Icon } from '../../ui/icon';

type Editing = { actionId?: string; initial: Omit<DevelopmentAction, 'id'>; suggested: boolean } | null;

/** The development plan: actions by status, what is late, what has no action yet, and the calendar export. */
export function PlanScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const { language, t } = usePlanTranslation();
  const assessment = useAppStore((state) => state.assessments[assessmentId]);
  const updateAction = useAppStore((state) => state.updateAction);
  const removeAction = useAppStore((state) => state.removeAction);
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
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  const items = useMemo(() => (profile ? listAssessmentItems(profile, catalogue) : []), [profile, catalogue]);
  const title = assessment && profile ? assessmentTitle(assessment, profile.abbreviation, language) : '';
  useDocumentTitle(title, t('plan.title'), t('app.name'));
  useScreenArrival(`plan:${assessmentId}`);
  if (!assessment || !profile) {
    return (
      <section className="panel" role="alert">
        <h1>{t('plan.title')}</h1>
        <a href={assessmentsHref()}>{t('nav.assessments')}</a>
      </section>
    );
  }

  const today = todayCalendarDate();
  const actions = assessment.actions ?? [];
  const needing = itemsNeedingPlan(items, assessment, ratingScale.defaultTarget);
  const warnings = planWarnings(items, assessment, actions, { defaultTarget: ratingScale.defaultTarget, today });
  // The gap's size in the gap screen's words: levels for a rated item, missing or partly missing for experience.
  const gapSize = (standing: ItemStanding) => {
    const measure = gapMeasure(standing);
    if (!measure) return t('plan.unrated');
    return measure.unit === 'levels' ? t('plan.gapLevels', { gap: level(measure.levels) }) : t(measure.missing === 'all' ? 'plan.gapMissing' : 'plan.gapPartlyMissing');
  };
  const itemName = (key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    return item ? `${item.code} ${pickText(item.title, language)}` : key;
  };
  const candidates = (serves: string[]) => items.filter((item) => needing.includes(item) || serves.includes(item.key));

  function startAction(itemKey?: string) {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const item = items.find((candidate) => candidate.key === itemKey) ?? needing[0];
    const suggestion = item ? suggestAction(item, { appointedOn: assessment?.appointee.appointedOn ?? today, today }) : { kind: 'course' as const, targetOn: today, status: 'planned' as const, serves: [] };
    setEditing({ initial: { ...suggestion, description: item ? pickText(item.title, language) : '' }, suggested: Boolean(item) });
  }

  function exportCalendar() {
    if (!assessment) return;
    const text = planCalendar({ assessment, title, items, language, now: new Date() });
    downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), assessmentFileName(assessment, profile?.abbreviation ?? '', 'plan', 'ics'));
  }

  return (
    <div className="plan">
      <header className="panel">
        <p className="eyebrow">
          <a href={assessmentsHref()}>{t('nav.assessments')}</a> › <a href={assessmentHref(assessment.id)}>{title}</a>
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
          {t('plan.doneUpdate', { items: justDone.serves.map(itemName).join(', ') })} <a href={assessmentHref(assessment.id)}>{t('plan.goRate')}</a>
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

      <section className="panel" aria-labelledby="plan-warnings">
        <h2 id="plan-warnings">{t('plan.warnings')}</h2>
        {warnings.lateActions.length > 0 && (
          <ul className="plan__late">
            {warnings.lateActions.map(({ action, itemKey, deadline }) => (
              <li key={`${action.id}-${itemKey}`}>
                <Icon name="alert" /> {t('plan.late', { action: action.description, date: formatLongDate(action.targetOn, language), item: itemName(itemKey), deadline: formatLongDate(deadline, language) })}
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
                          {deadline.daysLeft < 0 ? t('plan.overdue', { days: -deadline.daysLeft }) : t('plan.daysLeft', { days: deadline.daysLeft })}
                        </>
                      )}
                    </span>
                  </span>
                  <button type="button" className="button button--secondary" onClick={() => startAction(item.key)}>
                    {t('plan.addFor', { code: item.code })}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="plan-actions">
        <h2 id="plan-actions" ref={actionsHeading} tabIndex={-1}>
          {t('plan.actions')}
        </h2>
        {groupActions(actions).map((group) => (
          <div key={group.status} className="plan__group">
            <h3>{t(`plan.status.${group.status}`)}</h3>
            {group.actions.length === 0 ? (
              <p className="field__hint">{t('plan.none')}</p>
            ) : (
              <ul className="plan__actions">
                {group.actions.map((action) => (
                  <li key={action.id} className="action-card" data-action={action.id}>
                    <p className="action-card__title">
                      <strong>{t(`plan.kind.${action.kind}`)}</strong> · <span className="action-card__description">{action.description}</span>
                    </p>
                    <p className="action-card__meta">
                      {action.startOn ? `${formatLongDate(action.startOn, language)} – ` : ''}
                      {t('plan.target', { date: formatLongDate(action.targetOn, language) })}
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
                            const status = event.target.value as DevelopmentAction['status'];
                            // The card moves to its new status group: keep the focus on its status field.
                            flushSync(() => {
                              updateAction(assessment.id, action.id, { status });
                              setJustDone(status === 'done' ? action : null);
                            });
                            document.querySelector<HTMLSelectElement>(`[data-action="${action.id}"] select`)?.focus();
                          }}
                        >
                          {(['planned', 'in-progress', 'done'] as const).map((status) => (
                            <option key={status} value={status}>
                              {t(`plan.status.${status}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <button
                        type="button"
                        className="button button--link"
                        onClick={(event) => {
                          opener.current = event.currentTarget;
                          setEditing({ actionId: action.id, initial: action, suggested: false });
                        }}
                        aria-label={`${t('plan.edit')} ${action.description}`}
                      >
                        {t('plan.edit')}
                      </button>
                      <button type="button" className="button button--link" onClick={() => setToDelete(action)} aria-label={`${t('plan.delete')} ${action.description}`}>
                        {t('plan.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
      <p>
        <a className="button button--secondary" href={assessmentHref(assessment.id)}>
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

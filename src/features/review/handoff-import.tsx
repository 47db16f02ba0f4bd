import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Assessment } from '../../domain/assessment/assessment';
import type { PlanChange } from '../../domain/scoring/plan-changes';
import { choiceKeys, mixedDates, planChanges } from '../../domain/scoring/plan-change-list';
import { handoffCounts, parsePlanHandoffFor, type HandoffCounts, type HandoffSender } from '../../domain/files/plan-handoff';
import { HandoffSummary } from './handoff-summary';
import type { ProfileKeys } from '../../domain/files/profile-keys';
import { useAppStore } from '../../store/app-store-context';
import { FilePicker, useExchangeFile } from './file-picker';
import { HandoffMerge } from './handoff-merge';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';

/** What the file is, in brief: shown before anything is applied. */
type Brief = { sender: HandoffSender | null; exportedAt: string; counts: HandoffCounts };
type State =
  | { kind: 'merging'; changes: PlanChange[]; accepted: Set<string>; mixed: string | null; brief: Brief }
  | { kind: 'nothing-new'; brief: Brief }
  | { kind: 'applied'; accepted: number; rejected: number }
  | null;

/** Imports an assistant's plan hand-off and lets the appointee accept or reject each change. */
export function HandoffImport(props: { assessment: Assessment; profileKeys: ProfileKeys; itemName: (key: string) => string; backupForAssistant: ReactNode }) {
  const { assessment, profileKeys, itemName, backupForAssistant } = props;
  const { t } = useReviewTranslation();
  const acceptPlanChanges = useAppStore((state) => state.acceptPlanChanges);
  const [state, setState] = useState<State>(null);
  const exchange = useExchangeFile();
  const mergeHeading = useRef<HTMLHeadingElement>(null);
  const mixedNotice = useRef<HTMLParagraphElement>(null);

  async function readFile(file: File) {
    setState(null);
    const result = await exchange.read(file, (text) => parsePlanHandoffFor(text, assessment, profileKeys));
    if (!result) return;
    const changes = planChanges(result.data.base, assessment.actions ?? [], result.data.actions);
    const brief = { sender: result.data.sender ?? null, exportedAt: result.data.exportedAt, counts: handoffCounts(changes) };
    flushSync(() => setState(changes.length === 0 ? { kind: 'nothing-new', brief } : { kind: 'merging', changes, accepted: new Set(), mixed: null, brief }));
    mergeHeading.current?.focus();
  }

  function choose(key: string, accept: boolean) {
    setState((current) => {
      if (current?.kind !== 'merging') return current;
      const accepted = new Set(current.accepted);
      if (accept) accepted.add(key);
      else accepted.delete(key);
      return { ...current, accepted, mixed: null };
    });
  }

  function apply() {
    if (state?.kind !== 'merging') return;
    // A start taken from one side and a target from the other may put the target first: said, and nothing saved.
    const mixed = mixedDates(assessment.actions ?? [], state.changes, state.accepted)[0];
    if (mixed) {
      flushSync(() => setState({ ...state, mixed: mixed.description }));
      mixedNotice.current?.focus();
      return;
    }
    const choices = choiceKeys(state.changes);
    const accepted = choices.filter((key) => state.accepted.has(key)).length;
    acceptPlanChanges(assessment.id, state.changes, state.accepted);
    setState({ kind: 'applied', accepted, rejected: choices.length - accepted });
  }

  return (
    <section className="panel" aria-labelledby="handoff-title">
      <h2 id="handoff-title">{t('reviews.handoff')}</h2>
      <p id="handoff-hint" className="field__hint">
        {t('reviews.handoffHint')}
      </p>
      {backupForAssistant}
      <FilePicker label={t('reviews.chooseHandoff')} hintId="handoff-hint" onFile={(file) => void readFile(file)} />
      {exchange.refusal}
      {(state?.kind === 'nothing-new' || state?.kind === 'merging') && <HandoffSummary id="handoff-brief" {...state.brief} />}
      {state?.kind === 'nothing-new' && (
        <p className="notice" role="status">
          {t('reviews.noChanges')}
        </p>
      )}
      {state?.kind === 'applied' && (
        <p className="notice" role="status">
          <Icon name="check" /> {t('reviews.applied', { accepted: state.accepted, rejected: state.rejected })}
        </p>
      )}
      {state?.kind === 'merging' && (
        <div className="merge">
          <h3 id="merge-title" ref={mergeHeading} tabIndex={-1}>
            {t('reviews.mergeTitle')}
          </h3>
          <p>{t('reviews.mergeIntro')}</p>
          <HandoffMerge changes={state.changes} accepted={state.accepted} onChoose={choose} itemName={itemName} />
          {state.mixed !== null && (
            <p ref={mixedNotice} tabIndex={-1} className="data-problems" role="alert">
              {t('reviews.mixedDates', { action: state.mixed })}
            </p>
          )}
          <p>
            <button type="button" className="button" onClick={apply}>
              {t('reviews.apply')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

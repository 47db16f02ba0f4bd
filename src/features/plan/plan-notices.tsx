import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
import type { Language } from '../../domain/shared/localized-text';
import { plannableItems, planWarnings } from '../../domain/scoring/plan';
import type { Level } from '../../domain/profile/rating-scale';
import { onBasis } from '../../domain/scoring/review-compare';
import { basisStatement } from '../../i18n/basis-name';
import { routes } from '../../lib/routes';
import { useAppStore } from '../../store/app-store-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { usePlanTranslation } from './use-plan-translation';

/** After an action is marked done: the items it served, to rate again. */
export function JustDoneNotice({ assessmentId, action, itemName }: { assessmentId: string; action: DevelopmentAction; itemName: (key: string) => string }) {
  const { t } = usePlanTranslation();
  return (
    <p className="notice" role="status">
      {t('plan.doneUpdate', { items: action.serves.map(itemName).join(', ') })} <a href={routes.assessment.href({ assessmentId })}>{t('plan.goRate')}</a>
    </p>
  );
}

/** The question before an action is deleted; `onClose` after either answer. */
export function DeleteActionDialog({
  assessmentId,
  action,
  onClose,
  onDeleted,
}: {
  assessmentId: string;
  action: DevelopmentAction | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = usePlanTranslation();
  const removeAction = useAppStore((state) => state.removeAction);
  return (
    <ConfirmDialog
      open={action !== null}
      title={t('plan.deleteTitle')}
      body={t('plan.deleteBody', { action: action?.description ?? '' })}
      confirmLabel={t('plan.delete')}
      cancelLabel={t('plan.cancel')}
      onConfirm={() => {
        if (action) removeAction(assessmentId, action.id);
        onClose();
        onDeleted();
      }}
      onCancel={onClose}
    />
  );
}

/** The way back to rating the assessment. */
export function BackToRating({ assessmentId }: { assessmentId: string }) {
  const { t } = usePlanTranslation();
  return (
    <p>
      <a className="button button--secondary" href={routes.assessment.href({ assessmentId })}>
        {t('plan.back')}
      </a>
    </p>
  );
}

/**
 * The gaps no action serves yet, which are the chosen basis's (the self-assessment, a reviewer's, or the lower of
 * the two), as on the gap screen and in the report; an action may serve what either the appointee or the basis finds
 * short. With the plan's warnings, and which basis it uses, said when there are reviews to choose from.
 */
export function planGaps(assessment: Assessment, items: readonly AssessmentItem[], input: { defaultTarget: Level; today: string; language: Language }) {
  const based = onBasis(assessment);
  return {
    needing: plannableItems(items, assessment, based, input.defaultTarget),
    warnings: planWarnings(items, based, assessment.actions ?? [], { defaultTarget: input.defaultTarget, today: input.today }),
    basisNote: (assessment.reviews ?? []).length > 0 ? basisStatement(assessment, input.language, 'uses') : undefined,
  };
}

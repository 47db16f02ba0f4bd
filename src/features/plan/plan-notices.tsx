import type { DevelopmentAction } from '../../domain/development-action';
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
export function DeleteActionDialog({ assessmentId, action, onClose, onDeleted }: { assessmentId: string; action: DevelopmentAction | null; onClose: () => void; onDeleted: () => void }) {
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

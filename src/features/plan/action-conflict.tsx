import { partName } from '../../domain/assessment/assessment-parts';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { liveConflict, type Conflict } from '../../domain/assessment/conflict-schema';
import { developmentActionSchema, type DevelopmentAction } from '../../domain/assessment/development-action';
import { actionKindName, actionStatusName } from '../../i18n/action-names';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { keepShown, takeOther } from '../../store/conflict-choice';
import { ConflictNote } from '../../ui/conflict-note';
import { usePlanTranslation } from './use-plan-translation';

/** An action in a few words: kind, description, status and target date. */
function useActionWords(): (action: DevelopmentAction | null) => string | null {
  const { language, t } = usePlanTranslation();
  return (action) =>
    action &&
    [
      actionKindName(t, action.kind),
      action.description,
      actionStatusName(t, action.status),
      t('plan.target', { date: formatLongDate(action.targetOn, language) }),
    ].join(' · ');
}

function parsedAction(conflict: Conflict): DevelopmentAction | null {
  const parsed = developmentActionSchema.safeParse(conflict.other);
  return parsed.success ? parsed.data : null;
}

/** The other version of an action changed in two tabs at once, under its card, and the choice between them. */
export function ActionConflict({ assessmentId, action }: { assessmentId: string; action: DevelopmentAction }) {
  const part = partName('actions', action.id);
  const conflict = useAppStore((state) => liveConflict(state, assessmentId, part));
  const store = useAppStoreApi();
  const words = useActionWords();
  if (!conflict) return null;
  return (
    <ConflictNote
      itemName={action.description}
      shown={words(action)}
      other={words(parsedAction(conflict))}
      onKeepShown={() => keepShown(store, assessmentId, part)}
      onUseOther={() => takeOther(store, assessmentId, part)}
    />
  );
}

/** Actions removed in one tab while the other changed them: not in the plan, so listed here to restore or let go. */
export function RemovedActionConflicts({ assessmentId, actions }: { assessmentId: string; actions: readonly DevelopmentAction[] }) {
  const conflicts = useAppStore((state) => state.conflicts[assessmentId]);
  const clocks = useAppStore((state) => state.clocks[assessmentId]);
  const store = useAppStoreApi();
  const words = useActionWords();
  const removed = Object.entries(conflicts ?? {}).flatMap(([part, conflict]) => {
    const other = parsedAction(conflict);
    const live = conflict.at === clocks?.[part];
    return live && other && part === partName('actions', other.id) && !actions.some((action) => action.id === other.id) ? [{ part, other }] : [];
  });
  if (removed.length === 0) return null;
  return (
    <div>
      {removed.map(({ part, other }) => (
        <ConflictNote
          key={part}
          itemName={other.description}
          shown={null}
          other={words(other)}
          onKeepShown={() => keepShown(store, assessmentId, part)}
          onUseOther={() => takeOther(store, assessmentId, part)}
        />
      ))}
    </div>
  );
}

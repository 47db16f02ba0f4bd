import type { ActionKind, ActionStatus } from '../domain/assessment/development-action';
import type { ResourceKind } from '../domain/scoring/resource-catalogue';
import type { ActionMessageKey } from './action-messages';

type NameBy = (key: ActionMessageKey) => string;

/** An action's kind in words, by a translate function whose messages include the action names. */
export function actionKindName(t: NameBy, kind: ActionKind): string {
  return t(`action.kind.${kind}`);
}

/** An action's status in words (planned, in progress, done). */
export function actionStatusName(t: NameBy, status: ActionStatus): string {
  return t(`action.status.${status}`);
}

/** A catalogue resource's kind in words (course, e-learning, on the job, mentoring, reading). */
export function resourceKindName(t: NameBy, kind: ResourceKind): string {
  return t(`resource.kind.${kind}`);
}

import { liveConflict } from '../domain/assessment/conflict-schema';
import { withOtherVersion } from '../domain/assessment/conflicts';
import type { AppStore } from './app-store';

/** The user keeps the version of a part shown after two tabs changed it at once. */
export function keepShown(store: AppStore, id: string, part: string): void {
  store.getState().resolveConflict(id, part, null);
}

/** The user takes the other version: the assessment with it, when it is still a valid one. */
export function takeOther(store: AppStore, id: string, part: string): void {
  const state = store.getState();
  const conflict = liveConflict(state, id, part);
  const assessment = Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
  if (!conflict || !assessment) return;
  const replacement = withOtherVersion(assessment, part, conflict, store.clock.now().toISOString());
  if (replacement) state.resolveConflict(id, part, replacement);
}

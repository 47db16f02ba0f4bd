/**
 * Which forms on the page hold input not yet saved: the app switches to a new version only when none does (the
 * update notice, src/app/update-notice.tsx). Every form goes through <Form> (ui/form.tsx), which reports here.
 */
const unsaved = new Set<string>();
const listeners = new Set<() => void>();

/** The form `id` holds unsaved input (`true`) or not (`false`: saved, emptied, or gone). */
export function reportUnsavedInput(id: string, holdsInput: boolean): void {
  const before = unsaved.size;
  if (holdsInput) unsaved.add(id);
  else unsaved.delete(id);
  if (unsaved.size !== before) listeners.forEach((listener) => listener());
}

export function hasUnsavedInput(): boolean {
  return unsaved.size > 0;
}

/** Calls `listener` when that changes; returns the function that stops listening. */
export function onUnsavedInputChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import { idOf, isRecordValue, partsBy, type PartRule, type Whole } from './assessment-parts';

type Json = Record<string, unknown>;

/** Merging and changing a whole by its declared parts (assessment-parts.ts): loaded with the two-tab merge. */

/** The merged whole, field by field: `choose` names the side of each part (as item-clocks decides it). */
export function mergeBy(
  rules: Record<string, PartRule>,
  ours: Whole,
  theirs: Whole,
  choose: (part: string, a: unknown, b: unknown) => 'ours' | 'theirs',
  partNames: ReadonlySet<string>,
): Whole {
  const a = partsBy(rules, ours);
  const b = partsBy(rules, theirs);
  const pick = (part: string) => (choose(part, a[part], b[part]) === 'ours' ? a[part] : b[part]);
  const merged: Whole = {};
  for (const [field, rule] of Object.entries(rules)) {
    if (rule.merge === 'same') merged[field] = ours[field];
    else if (rule.merge === 'latest') merged[field] = String(ours[field] ?? '') >= String(theirs[field] ?? '') ? ours[field] : theirs[field];
    else if (rule.merge === 'whole') merged[field] = pick(rule.part);
    else {
      const names = [...new Set([...Object.keys(a), ...Object.keys(b), ...partNames])].filter((name) => name.startsWith(rule.prefix));
      const kept = names.map((name) => [name.slice(rule.prefix.length), pick(name)] as const).filter(([, value]) => value !== undefined);
      if (rule.merge === 'by-key') merged[field] = Object.fromEntries(kept);
      else
        merged[field] = ordered(
          kept.map(([, value]) => value),
          Array.isArray(ours[field]) ? ours[field] : [],
          rule.order,
        );
    }
  }
  // A field absent on both sides stays absent (an optional list is not turned into []); an undefined one is dropped.
  return without(
    merged,
    (field, value) => value === undefined || (Array.isArray(value) && value.length === 0 && ours[field] === undefined && theirs[field] === undefined),
  );
}

function without(record: Json, drop: (key: string, value: unknown) => boolean): Json {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => !drop(key, value)));
}

/** Both tabs must build the same list: keep our order when the same elements survive, else order by id (or by time). */
function ordered(items: unknown[], oursList: unknown[], order: 'as-ours' | 'by-time'): unknown[] {
  if (order === 'by-time') {
    // Reviews and requests by when they were exported, evidence files by when they were added.
    const time = (item: unknown) => (isRecordValue(item) ? String(item.exportedAt ?? item.addedAt ?? '') : '');
    return [...items].sort((x, y) => time(x).localeCompare(time(y)) || (idOf(x) ?? '').localeCompare(idOf(y) ?? ''));
  }
  const ids = (list: unknown[]) =>
    list
      .map((item) => idOf(item) ?? '')
      .sort()
      .join('\u0000');
  if (ids(items) === ids(oursList)) return oursList.map((item) => items.find((candidate) => idOf(candidate) === idOf(item)) ?? item);
  return [...items].sort((x, y) => (idOf(x) ?? '').localeCompare(idOf(y) ?? ''));
}

/** `whole` with the part named `part` set to `value` (undefined removes it), as the rules cut it; unknown names change nothing. */
export function withPart(rules: Record<string, PartRule>, whole: Whole, part: string, value: unknown): Whole {
  for (const [field, rule] of Object.entries(rules)) {
    if (rule.merge === 'whole' && rule.part === part) {
      return without({ ...whole, [field]: value }, (name) => name === field && value === undefined);
    }
    if ((rule.merge === 'by-key' || rule.merge === 'by-id') && part.startsWith(rule.prefix)) {
      const key = part.slice(rule.prefix.length);
      const current = whole[field];
      if (rule.merge === 'by-key') {
        const record = without({ ...(isRecordValue(current) ? current : {}), [key]: value }, (name) => name === key && value === undefined);
        return { ...whole, [field]: record };
      }
      const list = Array.isArray(current) ? current : [];
      const others = list.filter((item) => idOf(item) !== key);
      const at = list.findIndex((item) => idOf(item) === key);
      const replaced = value === undefined ? others : at === -1 ? [...others, value] : [...others.slice(0, at), value, ...others.slice(at)];
      return { ...whole, [field]: replaced };
    }
  }
  return whole;
}

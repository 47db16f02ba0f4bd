import type { Assessment } from '../assessment/assessment';
import type { AssessmentItem } from '../assessment/assessment-items';
import { actionDescriptionMaxLength, type ActionKind, type DevelopmentAction } from '../assessment/development-action';
import { pickText, type Language } from '../shared/localized-text';
import { suggestAction } from './plan';
import type { Resource, ResourceKind } from './resource-catalogue';
import { itemStanding } from './scoring';
import type { Level } from '../profile/rating-scale';

/** The plan's kind of action for each kind of resource: the one home of that mapping. */
export const actionKindOfResource: Record<ResourceKind, ActionKind> = {
  course: 'course',
  'e-learning': 'self-study',
  'on-the-job': 'assignment',
  mentoring: 'coaching',
  reading: 'self-study',
};

/** The resources suggested for one item of the plan, best first. */
export interface ItemSuggestions {
  item: AssessmentItem;
  resources: Resource[];
}

/**
 * For each item that needs a plan, the catalogue's resources that serve it and would close some of its gap, best
 * first: by the level they reach, counted up to the item's target (going past the target closes no more of the gap),
 * then by fewer hours, then by lower cost. A resource reaching no higher than the item's level now is not suggested;
 * for experience, every resource that serves it is. docs/catalogue.md says the same.
 */
export function suggestResources(
  needing: readonly AssessmentItem[],
  assessment: Assessment,
  resources: readonly Resource[],
  defaultTarget: Level,
): ItemSuggestions[] {
  const serving = new Map<string, Resource[]>();
  for (const resource of resources) for (const key of resource.serves) serving.set(key, [...(serving.get(key) ?? []), resource]);
  return needing.flatMap((item) => {
    const standing = itemStanding(item, 0, assessment, defaultTarget);
    const now = item.kind === 'experience' || !standing.rated ? -1 : standing.value;
    const reach = (resource: Resource) => (item.kind === 'experience' ? 0 : Math.min(resource.level, standing.target));
    const ranked = (serving.get(item.key) ?? [])
      .filter((resource) => item.kind === 'experience' || resource.level > now)
      .sort((a, b) => reach(b) - reach(a) || a.hours - b.hours || a.costBaht - b.costBaht || a.id.localeCompare(b.id));
    return ranked.length > 0 ? [{ item, resources: ranked }] : [];
  });
}

/**
 * The action a suggestion becomes with one click: the resource's kind, hours and link, every item of this role that
 * it serves, and the dates the plan suggests for `item` (before a starred experience's deadline).
 */
export function actionFromResource(
  resource: Resource,
  item: AssessmentItem,
  input: { appointedOn: string; today: string; language: Language; profileItemKeys: ReadonlySet<string> },
): Omit<DevelopmentAction, 'id'> {
  const dates = suggestAction(item, input);
  const serves = [item.key, ...resource.serves.filter((key) => key !== item.key && input.profileItemKeys.has(key))];
  const description = `${pickText(resource.title, input.language)} (${resource.provider})`.slice(0, actionDescriptionMaxLength);
  return {
    ...dates,
    kind: actionKindOfResource[resource.kind],
    description,
    serves,
    resourceId: resource.id,
    hours: resource.hours,
    ...(resource.link ? { link: resource.link } : {}),
  };
}

import { z } from 'zod/mini';
import { calendarDateSchema } from '../calendar/calendar-date';

export const actionKinds = ['course', 'assignment', 'coaching', 'study-visit', 'self-study', 'rotation', 'other'] as const;
export const actionStatuses = ['planned', 'in-progress', 'done'] as const;
export type ActionKind = (typeof actionKinds)[number];
export type ActionStatus = (typeof actionStatuses)[number];
export const actionDescriptionMaxLength = 500;

// Fields an action shares with a catalogue resource (resource-catalogue.ts), here because the action's schema is read at start-up.
export const maxResourceHours = 2000;

/** A web address to open, http or https only (never javascript: or a file on the computer). */
export const linkSchema = z.string().check(z.maxLength(500), z.regex(/^https?:\/\/[^\s<>"]+$/));
/** Hours of development: a resource's, or an action's. */
export const hoursSchema = z.number().check(z.gte(0), z.lte(maxResourceHours));

/** One development action of the plan (IDP): what, when, how far along, and which items it serves. */
export const developmentActionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{6,64}$/)),
  kind: z.enum(actionKinds),
  description: z.string().check(z.trim(), z.minLength(1), z.maxLength(actionDescriptionMaxLength)),
  startOn: z.optional(calendarDateSchema),
  targetOn: calendarDateSchema,
  status: z.enum(actionStatuses),
  serves: z.array(z.string().check(z.regex(/^(unit|criterion|knowledge|behavioural|experience):[A-Za-z0-9.-]{1,64}$/))).check(z.minLength(1)),
  /** The catalogue resource the action was made from, its hours and its link (schema version 5). */
  resourceId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  hours: z.optional(hoursSchema),
  link: z.optional(linkSchema),
});
export type DevelopmentAction = z.infer<typeof developmentActionSchema>;

/** An action's target date is on or after its start, when it has one: the one home of that rule, for forms and files alike. */
export function targetBeforeStart(action: Pick<DevelopmentAction, 'startOn' | 'targetOn'>): boolean {
  return action.startOn !== undefined && action.targetOn < action.startOn;
}

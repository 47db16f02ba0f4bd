import { z } from 'zod/mini';
import { calendarDateSchema } from '../calendar/calendar-date';
import { reportDuplicates, unitCodeSchema } from './catalogue';
import { localizedTextSchema } from '../shared/localized-text';

export const roleProfileIdSchema = z.enum(['mcio', 'dcio', 'cio-assistant']);
export type RoleProfileId = z.infer<typeof roleProfileIdSchema>;

/** A stable id: lower-case letters, digits and dashes. */
const itemIdSchema = z.string().check(z.regex(/^[a-z0-9-]+$/));
const dataFileNameSchema = z.string().check(z.regex(/^[a-z0-9-]+\.json$/));

export const knowledgeItemSchema = z.strictObject({ id: itemIdSchema, text: localizedTextSchema });
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;

export const experienceItemSchema = z.strictObject({ id: itemIdSchema, text: localizedTextSchema, starred: z.boolean() });
export type ExperienceItem = z.infer<typeof experienceItemSchema>;

export const sourceSchema = z.strictObject({
  number: localizedTextSchema,
  date: calendarDateSchema,
  office: localizedTextSchema,
  amends: localizedTextSchema,
});
export type ProfileSource = z.infer<typeof sourceSchema>;

export const roleProfileSchema = z
  .strictObject({
    id: roleProfileIdSchema,
    abbreviation: z.string().check(z.minLength(1)),
    title: localizedTextSchema,
    role: localizedTextSchema,
    source: sourceSchema,
    competencies: z.array(unitCodeSchema).check(z.minLength(1)),
    knowledge: z.array(knowledgeItemSchema).check(z.minLength(1)),
    experience: z.array(experienceItemSchema).check(z.minLength(1)),
    behavioural: z.array(itemIdSchema).check(z.minLength(1)),
    notes: z.strictObject({
      starredExperience: localizedTextSchema,
      sectionTwo: z.strictObject({
        knowledge: localizedTextSchema,
        experience: localizedTextSchema,
        attributes: localizedTextSchema,
      }),
    }),
  })
  .check(
    z.superRefine((profile, ctx) => {
      reportDuplicates(profile.competencies, ['competencies'], ctx);
      reportDuplicates(
        profile.knowledge.map((k) => k.id),
        ['knowledge'],
        ctx,
      );
      reportDuplicates(
        profile.experience.map((e) => e.id),
        ['experience'],
        ctx,
      );
      reportDuplicates(profile.behavioural, ['behavioural'], ctx);
    }),
  );
export type RoleProfile = z.infer<typeof roleProfileSchema>;

export const profileIndexSchema = z.strictObject({
  catalogue: dataFileNameSchema,
  ratingScale: dataFileNameSchema,
  profiles: z.array(z.strictObject({ id: roleProfileIdSchema, file: dataFileNameSchema })).check(z.minLength(1)),
});
export type ProfileIndex = z.infer<typeof profileIndexSchema>;

/** The profile `id` among `profiles`, or undefined: the one place a role profile is looked up by its id. */
export function profileOf(profiles: readonly RoleProfile[], id: string | null | undefined): RoleProfile | undefined {
  return profiles.find((profile) => profile.id === id);
}

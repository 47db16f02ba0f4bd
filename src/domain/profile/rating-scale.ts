import { z } from 'zod/mini';
import { bilingual } from '../shared/localized-issues';
import { localizedTextSchema } from '../shared/localized-text';

/** Proficiency and knowledge levels run from 0 to 4; scoring depends on that range, so data cannot change it. */
export const levels = [0, 1, 2, 3, 4] as const;
export const levelSchema = z.int().check(z.gte(0), z.lte(4));
export type Level = z.infer<typeof levelSchema>;

export const experienceStatuses = ['none', 'some', 'yes'] as const;
export const experienceStatusSchema = z.enum(experienceStatuses);
export type ExperienceStatus = z.infer<typeof experienceStatusSchema>;

const levelEntrySchema = z.strictObject({ level: levelSchema, label: localizedTextSchema, description: localizedTextSchema });
export type LevelEntry = z.infer<typeof levelEntrySchema>;

const levelListSchema = z.array(levelEntrySchema).check(
  z.refine((entries) => entries.length === levels.length && entries.every((entry, index) => entry.level === index), {
    params: bilingual('ต้องมีระดับ 0 ถึง 4 ครบและเรียงตามลำดับ', 'must list levels 0 to 4, in order'),
  }),
);

const experienceEntrySchema = z.strictObject({ status: experienceStatusSchema, label: localizedTextSchema, description: localizedTextSchema });
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

/** The words of the rating scale: data, so that an agency can reword it without touching code. */
export const ratingScaleSchema = z.strictObject({
  note: localizedTextSchema,
  /** At least 1: a target of 0 would make every item "met" and readiness meaningless. */
  defaultTarget: levelSchema.check(
    z.refine((target) => target >= 1, { params: bilingual('ระดับที่คาดหวังตั้งต้นต้องอยู่ระหว่าง 1 ถึง 4', 'the default target must be between 1 and 4') }),
  ),
  proficiency: levelListSchema,
  knowledge: levelListSchema,
  experience: z.array(experienceEntrySchema).check(
    z.refine((entries) => entries.length === experienceStatuses.length && entries.every((entry, index) => entry.status === experienceStatuses[index]), {
      params: bilingual('ต้องมี none, some, yes ครบและเรียงตามลำดับ', 'must list none, some, yes, in order'),
    }),
  ),
});
export type RatingScale = z.infer<typeof ratingScaleSchema>;

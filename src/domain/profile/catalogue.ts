import { z } from 'zod/mini';
import { bilingual } from '../shared/localized-issues';
import { localizedTextSchema } from '../shared/localized-text';

export const skillGroupCodes = ['DG', 'DT', 'DS', 'SPM', 'DL', 'DTR'] as const;
export const skillGroupCodeSchema = z.enum(skillGroupCodes);
export type SkillGroupCode = z.infer<typeof skillGroupCodeSchema>;

/** A competency unit code: a group code and three digits, e.g. DG100. */
export const unitCodeSchema = z.string().check(z.regex(/^(DG|DT|DS|SPM|DL|DTR)\d{3}$/));

export const skillGroupSchema = z.strictObject({ code: skillGroupCodeSchema, title: localizedTextSchema });
export type SkillGroup = z.infer<typeof skillGroupSchema>;

export const criterionSchema = z.strictObject({
  code: z.string().check(z.regex(/^(DG|DT|DS|SPM|DL|DTR)\d{3}\.\d+$/)),
  text: localizedTextSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const subUnitSchema = z.strictObject({
  code: unitCodeSchema,
  title: localizedTextSchema,
  criteria: z.array(criterionSchema).check(z.minLength(1)),
});
export type SubUnit = z.infer<typeof subUnitSchema>;

export const unitSchema = z
  .strictObject({
    code: unitCodeSchema,
    group: skillGroupCodeSchema,
    title: localizedTextSchema,
    subUnits: z.optional(z.array(subUnitSchema)),
  })
  .check(
    z.refine((unit) => unit.code.startsWith(unit.group) && /^\d/.test(unit.code.slice(unit.group.length)), {
      params: bilingual('รหัสหน่วยความสามารถต้องขึ้นต้นด้วยรหัสกลุ่ม', 'the unit code must start with its group code'),
      path: ['group'],
    }),
  );
export type Unit = z.infer<typeof unitSchema>;

export const behaviouralCompetencySchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: localizedTextSchema,
});
export type BehaviouralCompetency = z.infer<typeof behaviouralCompetencySchema>;

export const catalogueSchema = z
  .strictObject({
    groups: z.array(skillGroupSchema).check(z.length(skillGroupCodes.length)),
    units: z.array(unitSchema).check(z.minLength(1)),
    behavioural: z.array(behaviouralCompetencySchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((catalogue, ctx) => {
      reportDuplicates(
        catalogue.units.map((u) => u.code),
        ['units'],
        ctx,
      );
      reportDuplicates(
        catalogue.behavioural.map((b) => b.id),
        ['behavioural'],
        ctx,
      );
      reportDuplicates(
        catalogue.groups.map((g) => g.code),
        ['groups'],
        ctx,
      );
    }),
  );
export type Catalogue = z.infer<typeof catalogueSchema>;

type RefinementContext = Parameters<Parameters<typeof z.superRefine>[0]>[1];

/** Adds an issue for every value that appears more than once in `values`. */
export function reportDuplicates(values: readonly string[], path: (string | number)[], ctx: RefinementContext): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', input: value, params: bilingual(`"${value}" ซ้ำ`, `duplicate "${value}"`), path: [...path, index] });
    }
    seen.add(value);
  });
}

import { z } from 'zod/mini';
import { appointeeSchema, assessmentSchema, experienceRecordSchema, proficiencyRatingSchema } from '../assessment/assessment';
import { reviewSchema } from '../assessment/review-schema';
import { developmentActionSchema } from '../assessment/development-action';
import { backupEnvelopeSchema, maxBackupAssessments } from './backup';
import { evidenceManifestSchema } from './evidence-zip';
import { maxYear, minYear } from '../calendar/calendar-date';
import { catalogueSchema } from '../profile/catalogue';
import { schemaVersion } from '../assessment/migrations';
import { planHandoffSchema } from './plan-handoff';
import { ratingScaleSchema } from '../profile/rating-scale';
import { reviewFileSchema, reviewRequestSchema } from './review';
import { publishedResourceCatalogueSchema } from '../scoring/resource-catalogue';
import { profileIndexSchema, roleProfileSchema } from '../profile/role-profile';
import { publishedStaffListSchema } from './staff-list';

// Not imported by the app: `npm run schemas` (scripts/schemas.mjs) writes these to docs/schemas/, and
// tests/unit/published-schemas.test.ts fails when a committed file differs from what this module generates.

/** A backup as this version writes it. Older versions are migrated on import, so the app reads more than this. */
const backupFileSchema = z.strictObject({
  ...backupEnvelopeSchema.shape,
  schemaVersion: z.literal(schemaVersion),
  assessments: z.array(assessmentSchema).check(z.minLength(1), z.maxLength(maxBackupAssessments)),
});

/** One file format the app reads or writes, published as JSON Schema for tools of the agency's own. */
export interface PublishedFormat {
  /** The file's name in docs/schemas/ without `.schema.json`, and its example's without `.example.json`. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodMiniType;
}

const beyondTheSchema = `The app also checks what JSON Schema cannot say: every item key exists in the role profile named, dates are real days from ${minYear} to ${maxYear} and in order, ids are not repeated.`;

export const publishedFormats: readonly PublishedFormat[] = [
  {
    name: 'backup',
    title: 'CIO Skills Compass backup (ไฟล์สำรอง)',
    description: `A JSON backup of one or more assessments, as "Export backup" writes it. ${beyondTheSchema}`,
    schema: backupFileSchema,
  },
  {
    name: 'evidence-manifest',
    title: 'CIO Skills Compass evidence manifest (manifest.json in a backup with evidence files)',
    description:
      "A backup with evidence files is one zip: backup.json (a backup), each evidence file under evidence/<file id>/<its name>, and this manifest listing each file with its size and SHA-256. The app refuses the zip, naming the file, when a listed file is missing from the zip, a file in the zip is not listed, a file is not one the backup's assessments name, or its size or SHA-256 differs from what they name; and a path that climbs out of its folder, or a zip that unpacks to more than 500 MB or holds more than 5,000 entries.",
    schema: evidenceManifestSchema,
  },
  {
    name: 'review-request',
    title: 'CIO Skills Compass review request (คำขอให้ประเมิน)',
    description: `What an appointee sends a reviewer: one assessment, with or without the self-ratings, and its plan. ${beyondTheSchema}`,
    schema: reviewRequestSchema,
  },
  {
    name: 'review',
    title: 'CIO Skills Compass review (ผลการประเมินโดยผู้อื่น)',
    description: `A reviewer's ratings, comments and opinion of one assessment, sent back to the appointee. ${beyondTheSchema}`,
    schema: reviewFileSchema,
  },
  {
    name: 'plan-handoff',
    title: 'CIO Skills Compass plan hand-off (ไฟล์ส่งต่อแผนพัฒนา)',
    description: `An assistant's edits of a development plan: the plan as received (base) and as left (actions). ${beyondTheSchema}`,
    schema: planHandoffSchema,
  },
  {
    name: 'rating-scale',
    title: 'CIO Skills Compass rating scale (public/profiles/rating-scale.json)',
    description:
      'The words of the rating scale, which an agency may reword. The app also checks that levels 0 to 4, and none, some, yes, are each listed once and in order, and that the default target is at least 1.',
    schema: ratingScaleSchema,
  },
  {
    name: 'profile-index',
    title: 'CIO Skills Compass profile index (public/profiles/index.json)',
    description: 'The list of the data files the app loads: the skills catalogue, the rating scale and each role profile.',
    schema: profileIndexSchema,
  },
  {
    name: 'skills-catalogue',
    title: 'CIO Skills Compass skills catalogue (public/profiles/catalogue.json)',
    description:
      'The skill groups, competency units and behavioural competencies that role profiles name. The app also checks that each unit code starts with its group code and that no code is repeated.',
    schema: catalogueSchema,
  },
  {
    name: 'role-profile',
    title: 'CIO Skills Compass role profile (public/profiles/mcio.json, dcio.json, cio-assistant.json)',
    description:
      'One role profile of circular นร 1013/ว 18. The app also checks that every unit and behavioural competency it names is in the skills catalogue, and that no item is listed twice.',
    schema: roleProfileSchema,
  },
  {
    name: 'resource-catalogue',
    title: 'CIO Skills Compass catalogue of development resources (บัญชีแหล่งพัฒนา), in JSON',
    description:
      "The courses and other development resources an agency offers, with the items each serves and the level it brings them to. Items are named by their stable key (unit:DG100, knowledge:agile), a unit or criterion code (DG100, SPM304.1) or a role's code (DCIO K9). The same resources may come as a CSV file with Thai or English headers (docs/catalogue.md). The app refuses, row by row and with the reason, an item no role profile has and an id given twice.",
    schema: publishedResourceCatalogueSchema,
  },
  {
    name: 'staff-list',
    title: 'CIO Skills Compass staff list (บัญชีรายชื่อ), in JSON',
    description:
      "Who should have sent a backup, for the organisation view to list who has not. The name may carry its titles (นาย, ดร.); the role is the role profile's id. The same rows may come as a CSV file with Thai or English headers (ชื่อ, ตำแหน่ง, หน่วยงาน, บทบาท; name, position, agency, role; docs/organisation.md), where a role may also be written as MCIO, DCIO or CIO Assistant. The app refuses, row by row and with the reason, a row without a name or agency or with a role it does not know, and lists a row naming a person an earlier row names.",
    schema: publishedStaffListSchema,
  },
];

/**
 * The parts of an assessment that other files carry too, defined once: in the backup's schema (`$defs`), which the
 * review request, the review and the hand-off refer to (`backup.schema.json#/$defs/appointee`). A new detail of the
 * appointee then changes one published schema, the backup's, which names the storage version anyway.
 */
const sharedDefinitions = {
  appointee: appointeeSchema,
  proficiencyRating: proficiencyRatingSchema,
  experienceRecord: experienceRecordSchema,
  developmentAction: developmentActionSchema,
  review: reviewSchema,
};
const definitionsHome = 'backup';

function sharedDefinitionRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(sharedDefinitions)) registry.add(schema, { id });
  return registry;
}

/** Points the local references to a shared definition at its home, and drops the local copy. */
function referToHome(schema: Record<string, unknown>): Record<string, unknown> {
  const { $defs, ...rest } = schema as { $defs?: Record<string, unknown> };
  const kept = Object.fromEntries(Object.entries($defs ?? {}).filter(([id]) => !(id in sharedDefinitions)));
  const text = JSON.stringify(rest).replaceAll(/"#\/\$defs\/([A-Za-z]+)"/g, (ref, id: string) =>
    id in sharedDefinitions ? `"${definitionsHome}.schema.json#/$defs/${id}"` : ref,
  );
  return { ...(JSON.parse(text) as Record<string, unknown>), ...(Object.keys(kept).length > 0 ? { $defs: kept } : {}) };
}

/** The JSON Schema (draft 2020-12) of `format`, with its title and description first. */
export function publishedSchema(format: PublishedFormat): Record<string, unknown> {
  const generated = z.toJSONSchema(format.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', metadata: sharedDefinitionRegistry() });
  const { $schema, ...rest } = format.name === definitionsHome ? generated : referToHome(generated);
  return {
    $schema,
    $comment: 'Generated from the app\'s zod schemas by "npm run schemas" (src/domain/files/published-schemas.ts): do not edit by hand.',
    title: format.title,
    description: format.description,
    ...rest,
  };
}

/** The text committed as docs/schemas/<name>.schema.json. */
export function publishedSchemaText(format: PublishedFormat): string {
  return `${JSON.stringify(publishedSchema(format), null, 2)}\n`;
}

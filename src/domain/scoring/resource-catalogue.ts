import { z } from 'zod/mini';
import { calendarDateSchema, timestampSchema } from '../calendar/calendar-date';
import { localizedTextSchema } from '../shared/localized-text';
import { hoursSchema, linkSchema } from '../assessment/development-action';

// The agency's catalogue of development resources (บัญชีแหล่งพัฒนา). `Catalogue` (catalogue.ts) is the skills
// framework's units and competencies; this one is the courses and other resources an agency offers. The app ships
// none: course names come from the agency (docs/catalogue.md).

export const resourceCatalogueFormat = 'cio-skills-compass-resource-catalogue';
export const resourceCatalogueSchemaVersion = 1;
/** A catalogue file larger than this is refused before it is read. */
export const maxCatalogueBytes = 2 * 1024 * 1024;
/** The most resources one catalogue holds. */
export const maxCatalogueResources = 2000;
export const maxResourceCostBaht = 10_000_000;

export const resourceKinds = ['course', 'e-learning', 'on-the-job', 'mentoring', 'reading'] as const;
export const resourceKindSchema = z.enum(resourceKinds);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

/** A resource's id as the agency writes it: letters, digits, dot, dash, underscore. */
export const resourceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/));
/** An item by its stable key, e.g. `unit:DG100`, `knowledge:agile`, `experience:enterprise-architecture`. */
export const itemKeySchema = z.string().check(z.regex(/^(unit|criterion|knowledge|behavioural|experience):[A-Za-z0-9.-]{1,64}$/));
/** An item as a file names it: its stable key, a unit or criterion code (DG100, SPM304.1), or a role's code (DCIO K9). */
export const itemReferenceSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

const resourceFields = {
  id: resourceIdSchema,
  title: localizedTextSchema,
  provider: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  kind: resourceKindSchema,
  hours: hoursSchema,
  costBaht: z.number().check(z.gte(0), z.lte(maxResourceCostBaht)),
  link: z.optional(linkSchema),
  /** The level (1–4) the resource brings an item to; for experience, it gives the experience. */
  level: z.int().check(z.gte(1), z.lte(4)),
};

/** A resource as a catalogue file gives it: the items it serves by any reference the app can resolve. */
export const resourceRowSchema = z.strictObject({ ...resourceFields, serves: z.array(itemReferenceSchema).check(z.minLength(1), z.maxLength(200)) });
export type ResourceRow = z.infer<typeof resourceRowSchema>;

/** A resource as the app keeps it: the items it serves by their stable keys. */
export const resourceSchema = z.strictObject({ ...resourceFields, serves: z.array(itemKeySchema).check(z.minLength(1), z.maxLength(200)) });
export type Resource = z.infer<typeof resourceSchema>;

const catalogueHeading = {
  format: z.literal(resourceCatalogueFormat),
  schemaVersion: z.literal(resourceCatalogueSchemaVersion),
  /** The agency that issued the catalogue, as it names itself. */
  agency: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  issuedOn: z.optional(calendarDateSchema),
};

/** The catalogue file in JSON (a CSV file gives the same resources, one a row). */
export const resourceCatalogueFileSchema = z.strictObject({
  ...catalogueHeading,
  resources: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxCatalogueResources)),
});

/** The same file as published for other tools (docs/schemas): each resource described. */
export const publishedResourceCatalogueSchema = z.strictObject({
  ...catalogueHeading,
  resources: z.array(resourceRowSchema).check(z.minLength(1), z.maxLength(maxCatalogueResources)),
});

/** The catalogue kept in the browser until another replaces it. */
export const keptResourceCatalogueSchema = z.strictObject({
  ...catalogueHeading,
  /** The file it was read from, and when. */
  fileName: z.string().check(z.maxLength(300)),
  loadedAt: timestampSchema,
  resources: z.array(resourceSchema).check(z.minLength(1), z.maxLength(maxCatalogueResources)),
});
export type ResourceCatalogue = z.infer<typeof keptResourceCatalogueSchema>;

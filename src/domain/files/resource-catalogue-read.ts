import { versionProblem } from './file-version';
import { tooLargeMessage } from './file-size';
import { parseGuardedJson } from './guarded-json';
import type { ItemDirectory } from '../assessment/item-directory';
import { bilingual, parseWithLocalizedIssues, type LocalizedIssue } from '../shared/localized-issues';
import { maxResourceHours } from '../assessment/development-action';
import '../shared/zod-locales';
import type { LocalizedText } from '../shared/localized-text';
import { isRecord } from '../assessment/migrations';
import { says, type ProblemMessage } from '../shared/problem-message';
import {
  maxCatalogueBytes,
  maxCatalogueResources,
  maxResourceCostBaht,
  resourceCatalogueFileSchema,
  resourceCatalogueFormat,
  resourceCatalogueSchemaVersion,
  resourceKinds,
  resourceRowSchema,
  type Resource,
} from '../scoring/resource-catalogue';
import { cellsToRow, columnsOf, missingColumns, resourceFieldName } from '../scoring/resource-catalogue-columns';
import { rowPlace, tableBody, type RefusedRow } from './table-rows';

/** What a catalogue file gave: the resources taken and the rows refused; or why the whole file was refused. */
export type CatalogueReading =
  | { ok: true; agency?: string; issuedOn?: string; resources: Resource[]; refused: RefusedRow[]; ignoredColumns: string[] }
  | { ok: false; reason: ProblemMessage };

const refuseFile = (th: string, en: string): CatalogueReading => ({ ok: false, reason: { issue: bilingual(th, en) } });

/** zod's words where they would puzzle an HR officer (a pattern, "expected string, received undefined"); null keeps zod's. */
function plainWords(issue: LocalizedIssue, code: string | undefined): LocalizedText | null {
  const field = issue.path.split(/[.[]/)[0];
  if (code === 'invalid_type' && /undefined/.test(issue.message.en)) return bilingual('ไม่มีค่า', 'missing');
  if (field === 'hours')
    return bilingual(`ต้องเป็นตัวเลขตั้งแต่ 0 ถึง ${maxResourceHours.toLocaleString('en')}`, `must be a number from 0 to ${maxResourceHours.toLocaleString('en')}`);
  if (field === 'costBaht')
    return bilingual(
      `ต้องเป็นตัวเลขตั้งแต่ 0 ถึง ${maxResourceCostBaht.toLocaleString('en')} บาท`,
      `must be a number from 0 to ${maxResourceCostBaht.toLocaleString('en')} baht`,
    );
  if (field === 'level') return bilingual('ต้องเป็นจำนวนเต็ม 1 ถึง 4', 'must be a whole number from 1 to 4');
  if (code === 'too_small' && /string/.test(issue.message.en)) return bilingual('ว่างอยู่', 'empty');
  if (field === 'link') return bilingual('ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://', 'must be a web address starting with http:// or https://');
  if (field === 'kind') return bilingual(`ต้องเป็นหนึ่งใน ${resourceKinds.join(', ')}`, `must be one of ${resourceKinds.join(', ')}`);
  if (field === 'id' && code === 'invalid_format')
    return bilingual('ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง ไม่เกิน 64 ตัว', 'may hold only letters, digits, dots, dashes and underscores, 64 at most');
  return null;
}

/** The item references of a resource as the file gives them, when they are a list of text. */
function referencesOf(raw: unknown): string[] {
  const serves = isRecord(raw) ? raw.serves : undefined;
  return Array.isArray(serves) ? serves.filter((reference): reference is string => typeof reference === 'string') : [];
}

/** Checks one resource as the file gives it, resolves the items it serves, and refuses an id given before: every reason at once. */
function readResource(
  raw: unknown,
  directory: ItemDirectory,
  seen: Map<string, LocalizedText>,
  place: LocalizedText,
): { ok: true; resource: Resource } | { ok: false; refused: RefusedRow } {
  const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id.trim() : null;
  const reasons: LocalizedText[] = [];
  const parsed = parseWithLocalizedIssues(resourceRowSchema, raw);
  if (!parsed.success) {
    // zod's codes, in the same order as its worded issues.
    const codes = resourceRowSchema.safeParse(raw).error?.issues.map((issue) => issue.code) ?? [];
    const worded = new Set<string>();
    parsed.issues.forEach((issue, index) => {
      const field = resourceFieldName(issue.path);
      const message = plainWords(issue, codes[index]) ?? issue.message;
      const reason = bilingual(`${field.th}: ${message.th}`, `${field.en}: ${message.en}`);
      if (!worded.has(reason.en)) reasons.push(reason);
      worded.add(reason.en);
    });
  }
  const first = rawId === null ? undefined : seen.get(rawId);
  if (first && rawId !== null) reasons.push(bilingual(`รหัส "${rawId}" ซ้ำกับ${first.th}`, `the id "${rawId}" is also on ${first.en.toLowerCase()}`));
  const serves: string[] = [];
  const unknown: string[] = [];
  for (const reference of referencesOf(raw)) {
    const key = directory.resolve(reference);
    if (key === null) unknown.push(reference.trim());
    else if (!serves.includes(key)) serves.push(key);
  }
  if (unknown.length > 0) {
    const list = unknown.map((reference) => `"${reference.slice(0, 60)}"`).join(', ');
    reasons.push(bilingual(`ไม่พบรายการ ${list} ในชุดทักษะใดเลย`, `no role profile has the item ${list}`));
  }
  if (!parsed.success || reasons.length > 0) return { ok: false, refused: { place, id: rawId, reasons } };
  seen.set(parsed.data.id, place);
  return { ok: true, resource: { ...parsed.data, serves } };
}

function readResources(raws: readonly unknown[], directory: ItemDirectory, placeOf: (index: number) => LocalizedText) {
  const resources: Resource[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, LocalizedText>();
  raws.forEach((raw, index) => {
    const read = readResource(raw, directory, seen, placeOf(index));
    if (read.ok) resources.push(read.resource);
    else refused.push(read.refused);
  });
  return { resources, refused };
}

/**
 * Reads a catalogue file in JSON. Refuses the whole file when it is over 2 MB, not JSON, holds a key such as
 * __proto__, is not a catalogue, is of a newer version, or holds no resource or more than 2,000; otherwise takes
 * every resource that is right and lists every other with its reasons. Never throws.
 */
export function readCatalogueJson(text: string, directory: ItemDirectory): CatalogueReading {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxCatalogueBytes) return { ok: false, reason: tooLargeMessage(bytes, maxCatalogueBytes) };
  const json = parseGuardedJson(text);
  if (!json.ok) return { ok: false, reason: says('problem.exchange.notJson') };
  if (json.unsafeKey !== null) return { ok: false, reason: says('problem.forbiddenKey', { key: json.unsafeKey }) };
  const data = json.data;
  if (!isRecord(data) || data.format !== resourceCatalogueFormat) {
    return { ok: false, reason: says('problem.notACatalogue', { format: resourceCatalogueFormat }) };
  }
  const version = versionProblem(data.schemaVersion, 1);
  if (version) return { ok: false, reason: version };
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > resourceCatalogueSchemaVersion) {
    return { ok: false, reason: says('problem.exchange.newerVersion', { version: data.schemaVersion }) };
  }
  if (Array.isArray(data.resources) && data.resources.length > maxCatalogueResources) return tooMany(data.resources.length);
  const file = parseWithLocalizedIssues(resourceCatalogueFileSchema, data);
  if (!file.success) {
    const issue = file.issues[0];
    return {
      ok: false,
      reason: issue ? { issue: bilingual(`${issue.path}: ${issue.message.th}`, `${issue.path}: ${issue.message.en}`) } : says('problem.invalid'),
    };
  }
  const { agency, issuedOn, resources: raws } = file.data;
  const read = readResources(raws, directory, (index) => bilingual(`รายการที่ ${index + 1}`, `Resource ${index + 1}`));
  return { ok: true, ...(agency ? { agency } : {}), ...(issuedOn ? { issuedOn } : {}), ...read, ignoredColumns: [] };
}

function tooMany(count: number): CatalogueReading {
  return refuseFile(
    `ไฟล์มี ${count.toLocaleString('en')} รายการ มากกว่า ${maxCatalogueResources.toLocaleString('en')} รายการที่บัญชีหนึ่งรับได้`,
    `The file holds ${count.toLocaleString('en')} resources, more than the ${maxCatalogueResources.toLocaleString('en')} a catalogue takes`,
  );
}

/**
 * Reads a catalogue given as a table (a CSV file's rows, the header first, its columns named in Thai or English:
 * docs/catalogue.md). Refuses the table when a column is missing or it has no row or more than 2,000; otherwise as
 * `readCatalogueJson`. Blank rows are passed over.
 */
export function readCatalogueRows(rows: readonly (readonly string[])[], directory: ItemDirectory): CatalogueReading {
  const table = tableBody(rows, columnsOf, missingColumns);
  if (!table.ok) return { ok: false, reason: { issue: table.reason } };
  const { columns, filled } = table;
  if (filled.length === 0) return refuseFile('ไฟล์ไม่มีแหล่งพัฒนาสักแถว', 'The file has no resource in any row');
  if (filled.length > maxCatalogueResources) return tooMany(filled.length);
  const read = readResources(
    filled.map(({ cells }) => cellsToRow(columns, cells)),
    directory,
    (index) => rowPlace(filled[index]?.number ?? index + 2),
  );
  return { ok: true, ...read, ignoredColumns: columns.ignored };
}

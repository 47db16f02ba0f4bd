import type { LocalizedText } from '../shared/localized-text';
import type { ResourceKind } from './resource-catalogue';
import { cellOf, headerKey, tableColumns, type Columns as GenericColumns } from '../shared/table-columns';

/** The columns of a catalogue table, each with the names a header may give it in Thai or English (docs/catalogue.md). */
export const catalogueColumns = {
  id: { th: 'รหัส', en: 'id', also: ['resource id', 'รหัสแหล่งพัฒนา', 'รหัสหลักสูตร'] },
  titleTh: { th: 'ชื่อภาษาไทย', en: 'title_th', also: ['title (th)', 'thai title', 'ชื่อ (ไทย)', 'ชื่อไทย', 'ชื่อหลักสูตร'] },
  titleEn: { th: 'ชื่อภาษาอังกฤษ', en: 'title_en', also: ['title (en)', 'english title', 'ชื่อ (อังกฤษ)', 'ชื่ออังกฤษ'] },
  provider: { th: 'ผู้จัด', en: 'provider', also: ['หน่วยงานผู้จัด', 'ผู้ให้บริการ'] },
  kind: { th: 'ประเภท', en: 'kind', also: ['type'] },
  hours: { th: 'ชั่วโมง', en: 'hours', also: ['จำนวนชั่วโมง'] },
  costBaht: { th: 'ค่าใช้จ่าย (บาท)', en: 'cost_baht', also: ['cost', 'cost (baht)', 'ค่าใช้จ่าย', 'บาท'] },
  link: { th: 'ลิงก์', en: 'link', also: ['url', 'ลิงค์'] },
  serves: { th: 'รายการที่พัฒนา', en: 'serves', also: ['items', 'items served', 'รายการ'] },
  level: { th: 'ระดับที่ได้', en: 'level', also: ['level reached', 'ระดับ', 'ระดับที่พัฒนาถึง'] },
} as const;
export type CatalogueColumn = keyof typeof catalogueColumns;
const optionalColumns: readonly CatalogueColumn[] = ['link'];

const table = tableColumns(catalogueColumns);
export type Columns = GenericColumns<CatalogueColumn>;

/** Where each column is in a header row, and the header cells that name no column (ignored). */
export function columnsOf(header: readonly string[]): Columns {
  return table.columnsOf(header);
}

/** The columns a table must have, by their names in Thai and English. */
export function missingColumns(found: Columns): LocalizedText[] {
  return table.missingColumns(found, optionalColumns);
}

/** The words a table may use for each kind, besides the kind's own name. */
const kindWords: Record<ResourceKind, readonly string[]> = {
  course: ['หลักสูตร', 'ฝึกอบรม', 'หลักสูตรฝึกอบรม', 'การฝึกอบรม'],
  'e-learning': ['elearning', 'อีเลิร์นนิง', 'อีเลิร์นนิ่ง', 'เรียนออนไลน์', 'การเรียนออนไลน์'],
  'on-the-job': ['ojt', 'onthejob', 'การเรียนรู้จากการปฏิบัติงาน', 'การฝึกปฏิบัติงาน', 'การมอบหมายงาน'],
  mentoring: ['พี่เลี้ยง', 'ระบบพี่เลี้ยง', 'การสอนงาน'],
  reading: ['การอ่าน', 'อ่าน', 'หนังสือ', 'เอกสารอ่านประกอบ'],
};
const kindByWord = new Map<string, ResourceKind>(
  (Object.entries(kindWords) as [ResourceKind, readonly string[]][]).flatMap(([kind, words]) =>
    [kind, ...words].map((word) => [headerKey(word), kind] as const),
  ),
);

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** A number as a table writes it (1,500; ๑๘; 1 500 บาท), or the text itself when it is not one, for the schema to refuse. */
function numberOf(text: string): number | string {
  const plain = text
    .replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)))
    .replace(/บาท|baht|ชั่วโมง|ชม\.?|hours?/gi, '')
    .replace(/[\s,]/g, '');
  return plain !== '' && /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** One table row as the resource object a JSON file would give, for the same checks. */
export function cellsToRow(columns: Columns, cells: readonly string[]): Record<string, unknown> {
  const cell = (column: CatalogueColumn) => cellOf(columns, cells, column);
  const kind = cell('kind');
  const link = cell('link');
  return {
    id: cell('id'),
    title: { th: cell('titleTh'), en: cell('titleEn') },
    provider: cell('provider'),
    kind: kindByWord.get(headerKey(kind)) ?? kind,
    hours: numberOf(cell('hours')),
    costBaht: numberOf(cell('costBaht')),
    ...(link ? { link } : {}),
    serves: cell('serves')
      .split(/[;,|\n]+/)
      .map((reference) => reference.trim())
      .filter(Boolean),
    level: numberOf(cell('level')),
  };
}

/** A field of a resource by the column that gives it, for a reason said in words ("hours", "ชั่วโมง"). */
export function resourceFieldName(path: string): LocalizedText {
  const field = path.split(/[.[]/)[0] ?? '';
  const column: CatalogueColumn | undefined = path.startsWith('title.en')
    ? 'titleEn'
    : path.startsWith('title')
      ? 'titleTh'
      : field in catalogueColumns
        ? (field as CatalogueColumn)
        : undefined;
  return column ? { th: catalogueColumns[column].th, en: catalogueColumns[column].en } : { th: path || 'แถว', en: path || 'row' };
}

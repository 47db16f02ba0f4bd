import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { listAssessmentItems } from '../assessment/assessment-items';
import { itemDirectory } from '../assessment/item-directory';
import { readCatalogueJson, readCatalogueRows, type CatalogueReading } from './resource-catalogue-read';
import { resourceCatalogueFormat, type Resource } from '../scoring/resource-catalogue';
import { actionFromResource, suggestResources } from '../scoring/resource-suggestions';

const catalogue = makeCatalogue();
const mcio = makeProfile();
const dcio = makeProfile({
  id: 'dcio',
  abbreviation: 'DCIO',
  knowledge: [
    { id: 'k-zero', text: { th: 'k0', en: 'k0' } },
    { id: 'k-one', text: { th: 'k1', en: 'k1' } },
  ],
});
const profiles = [mcio, dcio].map((profile) => ({ id: profile.id, abbreviation: profile.abbreviation, items: listAssessmentItems(profile, catalogue) }));
const directory = itemDirectory(profiles);

const resource = (overrides: Record<string, unknown> = {}) => ({
  id: 'DGA-101',
  title: { th: 'ธรรมาภิบาลข้อมูล', en: 'Data governance' },
  provider: 'สถาบันตัวอย่าง',
  kind: 'course',
  hours: 18,
  costBaht: 4500,
  link: 'https://example.org/dga-101',
  serves: ['unit:DG100'],
  level: 3,
  ...overrides,
});
const fileOf = (resources: unknown[], overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ format: resourceCatalogueFormat, schemaVersion: 1, agency: 'กรมตัวอย่าง', resources, ...overrides });

function taken(reading: CatalogueReading) {
  if (!reading.ok) throw new Error(JSON.stringify(reading.reason));
  return reading;
}

describe('itemDirectory', () => {
  it('resolves a stable key, a unit or criterion code, and a role code of either role, in any case and with any separator', () => {
    expect(directory.resolve('knowledge:k-one')).toBe('knowledge:k-one');
    expect(directory.resolve('dg100')).toBe('unit:DG100');
    expect(directory.resolve('SPM304.1')).toBe('criterion:SPM304.1');
    // K1 is k-one in MCIO and k-zero in DCIO: a role's code says which.
    expect(directory.resolve('MCIO K1')).toBe('knowledge:k-one');
    expect(directory.resolve('dcio:K1')).toBe('knowledge:k-zero');
    expect(directory.resolve('DCIO/E2')).toBe('experience:e-two');
    expect(directory.resolve('K1')).toBeNull();
    expect(directory.resolve('DG999')).toBeNull();
  });
});

describe('readCatalogueJson', () => {
  it('takes every right resource, with the items it serves by their stable keys, and the agency', () => {
    const reading = taken(
      readCatalogueJson(
        fileOf([resource({ serves: ['DG100', 'DCIO K1', 'unit:DG100'] }), resource({ id: 'EL-2', kind: 'e-learning', link: undefined, serves: ['mcio:B1'] })]),
        directory,
      ),
    );
    expect(reading.agency).toBe('กรมตัวอย่าง');
    expect(reading.refused).toEqual([]);
    expect(reading.resources.map((r) => [r.id, r.serves])).toEqual([
      ['DGA-101', ['unit:DG100', 'knowledge:k-zero']],
      ['EL-2', ['behavioural:visioning']],
    ]);
    expect(reading.resources[1]).not.toHaveProperty('link');
  });

  it('lists each refused resource with every reason in words, in Thai and English, and keeps the rest', () => {
    const reading = taken(
      readCatalogueJson(
        fileOf([
          resource(),
          resource({ id: 'BAD-1', kind: 'webinar', hours: -2 }),
          resource({ id: 'BAD-2', link: 'javascript:alert(1)' }),
          resource({ id: 'BAD-3', serves: ['DG999', 'K1'] }),
          resource({ id: 'BAD-4', title: { th: 'ชื่อ' }, level: 5 }),
          resource(),
        ]),
        directory,
      ),
    );
    expect(reading.resources.map((r) => r.id)).toEqual(['DGA-101']);
    expect(reading.refused.map((row) => [row.place.en, row.id, row.reasons.length])).toEqual([
      ['Resource 2', 'BAD-1', 2],
      ['Resource 3', 'BAD-2', 1],
      ['Resource 4', 'BAD-3', 1],
      ['Resource 5', 'BAD-4', 2],
      ['Resource 6', 'DGA-101', 1],
    ]);
    const reasons = reading.refused.map((row) => row.reasons.map((reason) => reason.en).join(' | '));
    expect(reasons[0]).toMatch(/^kind: .*course.*\| hours: /);
    expect(reasons[1]).toMatch(/^link: /);
    expect(reasons[2]).toBe('no role profile has the item "DG999", "K1"');
    expect(reasons[3]).toMatch(/^title_en: .*\| level: /);
    expect(reasons[4]).toBe('the id "DGA-101" is also on resource 1');
    expect(reading.refused[2]?.reasons[0]?.th).toBe('ไม่พบรายการ "DG999", "K1" ในชุดทักษะใดเลย');
  });

  it.each([
    ['text that is not JSON', '{"format":', 'problem.exchange.notJson'],
    ['another kind of file', JSON.stringify({ format: 'cio-skills-compass-backup', schemaVersion: 1, resources: [] }), 'problem.notACatalogue'],
    ['a newer version', fileOf([resource()], { schemaVersion: 2 }), 'problem.exchange.newerVersion'],
    ['a forbidden key', '{"format":"cio-skills-compass-resource-catalogue","schemaVersion":1,"resources":[{"__proto__":{}}]}', 'problem.forbiddenKey'],
    ['no resource', fileOf([]), 'resources'],
    ['more than 2,000 resources', fileOf(Array.from({ length: 2001 }, (_, index) => resource({ id: `R${index}` }))), 'more than the 2,000'],
  ])('refuses the whole file for %s', (_label, text, words) => {
    const reading = readCatalogueJson(text, directory);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : 'issue' in reading.reason ? reading.reason.issue.en : reading.reason.key).toContain(words);
  });
});

describe('readCatalogueRows (a CSV file)', () => {
  it('reads Thai headers, Thai kinds, numbers written with commas or Thai digits, and items by role code', () => {
    const reading = taken(
      readCatalogueRows(
        [
          ['\uFEFFรหัส', 'ชื่อภาษาไทย', 'ชื่อภาษาอังกฤษ', 'ผู้จัด', 'ประเภท', 'ชั่วโมง', 'ค่าใช้จ่าย (บาท)', 'ลิงก์', 'รายการที่พัฒนา', 'ระดับที่ได้', 'หมายเหตุ'],
          ['OJT-1', 'ฝึกปฏิบัติ', 'On the job', 'กรม', 'การเรียนรู้จากการปฏิบัติงาน', '๔๐', '1,500', '', 'DCIO K1; DG100', '๓', 'x'],
          ['', '', '', '', '', '', '', '', '', '', ''],
          ['M-1', 'พี่เลี้ยง', 'Mentoring', 'กรม', 'พี่เลี้ยง', '12.5', '0', 'https://example.org/m', 'MCIO E2', '2', ''],
        ],
        directory,
      ),
    );
    expect(reading.refused).toEqual([]);
    expect(reading.ignoredColumns).toEqual(['หมายเหตุ']);
    expect(reading.resources).toEqual<Resource[]>([
      {
        id: 'OJT-1',
        title: { th: 'ฝึกปฏิบัติ', en: 'On the job' },
        provider: 'กรม',
        kind: 'on-the-job',
        hours: 40,
        costBaht: 1500,
        serves: ['knowledge:k-zero', 'unit:DG100'],
        level: 3,
      },
      {
        id: 'M-1',
        title: { th: 'พี่เลี้ยง', en: 'Mentoring' },
        provider: 'กรม',
        kind: 'mentoring',
        hours: 12.5,
        costBaht: 0,
        link: 'https://example.org/m',
        serves: ['experience:e-two'],
        level: 2,
      },
    ]);
  });

  it('reads English headers in any case and order, and names each refused row by its row in the sheet', () => {
    const reading = taken(
      readCatalogueRows(
        [
          ['Level', 'Serves', 'ID', 'Title (TH)', 'Title (EN)', 'Provider', 'Kind', 'Hours', 'Cost (baht)'],
          ['4', 'SPM304.1', 'C-1', 'ก', 'A', 'P', 'course', '6', '100'],
          ['4', 'SPM304.1', 'C-2', 'ข', 'B', 'P', 'course', 'two days', '100'],
        ],
        directory,
      ),
    );
    expect(reading.resources.map((r) => r.id)).toEqual(['C-1']);
    expect(reading.refused).toMatchObject([{ place: { th: 'แถวที่ 3', en: 'Row 3' }, id: 'C-2' }]);
    expect(reading.refused[0]?.reasons[0]?.en).toMatch(/^hours: /);
  });

  it('refuses a table without a required column, naming it in Thai and English', () => {
    const reading = readCatalogueRows(
      [
        ['id', 'title_th', 'title_en', 'provider', 'kind', 'cost_baht', 'serves', 'level'],
        ['a', 'b', 'c', 'd', 'course', '1', 'DG100', '2'],
      ],
      directory,
    );
    expect(reading).toEqual({
      ok: false,
      reason: { issue: { th: 'ไม่มีคอลัมน์ ชั่วโมง ในแถวแรก (หัวตาราง)', en: 'The first row (the header) has no column hours' } },
    });
  });
});

describe('suggestResources and actionFromResource', () => {
  const items = listAssessmentItems(dcio, catalogue);
  const item = (key: string) => {
    const found = items.find((candidate) => candidate.key === key);
    if (!found) throw new Error(key);
    return found;
  };
  const r = (id: string, level: number, hours: number, serves = ['unit:DG100'], costBaht = 0): Resource => ({
    id,
    title: { th: id, en: id },
    provider: 'P',
    kind: 'course',
    hours,
    costBaht,
    serves,
    level,
  });

  it('ranks by the level reached up to the target, then fewer hours, then lower cost; leaves out what reaches no higher than now', () => {
    const assessment = makeAssessment({ profileId: 'dcio', ratings: { 'unit:DG100': { level: 1, target: 3 } }, experience: { 'e-two': { status: 'some' } } });
    const resources = [
      r('past-target', 4, 40),
      r('to-target', 3, 10, ['unit:DG100'], 500),
      r('cheaper', 3, 10, ['unit:DG100'], 100),
      r('half-way', 2, 2),
      r('no-higher', 1, 1),
      r('experience', 1, 30, ['experience:e-two']),
    ];
    const suggestions = suggestResources([item('unit:DG100'), item('experience:e-two'), item('unit:DT100')], assessment, resources, 3);
    expect(suggestions.map((entry) => [entry.item.key, entry.resources.map((resource) => resource.id)])).toEqual([
      ['unit:DG100', ['cheaper', 'to-target', 'past-target', 'half-way']],
      ['experience:e-two', ['experience']],
    ]);
  });

  it('turns a suggestion into an action: kind, hours, link, the resource, and every item of the role it serves', () => {
    const resource = {
      ...r('EL-1', 3, 12, ['unit:DG100', 'knowledge:k-zero', 'knowledge:not-in-role']),
      kind: 'e-learning' as const,
      link: 'https://example.org/el',
    };
    const action = actionFromResource(resource, item('knowledge:k-zero'), {
      appointedOn: '2026-01-01',
      today: '2026-12-01',
      language: 'en',
      profileItemKeys: new Set(items.map((entry) => entry.key)),
    });
    expect(action).toEqual({
      kind: 'self-study',
      description: 'EL-1 (P)',
      startOn: '2026-12-01',
      targetOn: '2027-06-01',
      status: 'planned',
      serves: ['knowledge:k-zero', 'unit:DG100'],
      resourceId: 'EL-1',
      hours: 12,
      link: 'https://example.org/el',
    });
  });
});

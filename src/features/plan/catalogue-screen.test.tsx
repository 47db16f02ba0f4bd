import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listAssessmentItems } from '../../domain/assessment/assessment-items';
import { itemDirectory } from '../../domain/assessment/item-directory';
import { createSafeStorage } from '../../lib/safe-storage';
import { readKeptCatalogue, resourceCatalogueKey } from '../../lib/resource-catalogue-storage';
import { makeLibrary, renderApp } from '../../testing/render-app';
import { readCatalogueFile } from './read-catalogue-file';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './catalogue-screen';

const csv = [
  'id,title_th,title_en,provider,kind,hours,cost_baht,link,serves,level,notes',
  'C-1,กฎหมายดิจิทัล,Digital law,Institute,course,18,"4,500",https://example.org/c1,DG100,3,',
  'C-2,ผิด,Wrong,Institute,webinar,-1,0,javascript:alert(1),DG999,9,',
].join('\r\n');
const fileOf = (text: string | Uint8Array<ArrayBuffer>, name: string) => new File([text], name);

/** Thai text and ASCII as Windows-874 (TIS-620) bytes, as Excel saves a plain "CSV" in Thai. */
function windows874(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
    }),
  );
}

describe('reading a catalogue file', () => {
  const library = makeLibrary();
  const directory = itemDirectory(
    library.profiles.map((profile) => ({ id: profile.id, abbreviation: profile.abbreviation, items: listAssessmentItems(profile, library.catalogue) })),
  );

  it('reads a CSV saved as UTF-8 with a byte order mark, and the same saved by Excel as plain Thai CSV (Windows-874)', async () => {
    const thai = 'รหัส,ชื่อภาษาไทย,ชื่อภาษาอังกฤษ,ผู้จัด,ประเภท,ชั่วโมง,ค่าใช้จ่าย (บาท),รายการที่พัฒนา,ระดับที่ได้\r\nT-1,กฎหมาย,Law,สถาบัน,หลักสูตร,6,0,DG100,2\r\n';
    for (const file of [fileOf(`\uFEFF${thai}`, 'utf8.csv'), fileOf(windows874(thai), 'excel.csv')]) {
      const reading = await readCatalogueFile(file, directory);
      expect(reading).toMatchObject({
        ok: true,
        refused: [],
        resources: [{ id: 'T-1', title: { th: 'กฎหมาย', en: 'Law' }, provider: 'สถาบัน', kind: 'course', serves: ['unit:DG100'] }],
      });
    }
  });

  it('reads the illustration in docs/ with every row taken', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'catalogue-example.csv'), 'utf8');
    const shipped = makeLibrary();
    // The illustration names items of the shipped profiles; here only its shape and headers are read.
    const reading = await readCatalogueFile(fileOf(text, 'catalogue-example.csv'), { resolve: (reference) => (reference ? 'unit:DG100' : null) });
    expect(shipped.profiles.length).toBe(2);
    expect(reading).toMatchObject({ ok: true, refused: [], ignoredColumns: [] });
    expect(reading.ok && reading.resources.map((resource) => resource.kind)).toEqual(['course', 'e-learning', 'on-the-job', 'mentoring', 'reading']);
  });
});

describe('the catalogue screen', () => {
  it('keeps what a file gives, lists each refused row with its reasons, and keeps the catalogue in the browser (English)', async () => {
    const { user } = renderApp('#/catalogue', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: "The agency's catalogue of development resources" })).toBeInTheDocument();
    expect(screen.getByText('No catalogue of development resources in this browser yet.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose a catalogue file (.json or .csv)'), fileOf(csv, 'agency.csv'));
    expect(await screen.findByText(/Read agency.csv: 1 resource taken/)).toBeInTheDocument();
    expect(screen.getByText('Columns the app does not know, passed over: notes')).toBeInTheDocument();
    const refused = screen.getByRole('heading', { name: 'Rows not used (1)' }).nextElementSibling as HTMLElement;
    expect(within(refused).getByText('Row 3 (C-2)')).toBeInTheDocument();
    expect(refused.textContent).toContain('kind: must be one of course, e-learning, on-the-job, mentoring, reading');
    expect(refused.textContent).toContain('link: must be a web address starting with http:// or https://');
    expect(refused.textContent).toContain('no role profile has the item "DG999"');
    const table = screen.getByRole('region', { name: 'Resources in the catalogue' });
    expect(within(table).getByRole('link', { name: 'Digital law' })).toHaveAttribute('href', 'https://example.org/c1');
    expect(readKeptCatalogue(createSafeStorage(() => window.localStorage))?.resources.map((resource) => resource.id)).toEqual(['C-1']);
    // Removing it asks first, in the native dialog: the browser tests (tests/e2e/catalogue.spec.ts) click through it.
    expect(screen.getByRole('button', { name: 'Remove the catalogue' })).toBeInTheDocument();
    expect(window.localStorage.getItem(resourceCatalogueKey)).not.toBeNull();
  });

  it('keeps the catalogue before when a file gives nothing, and says why in Thai', async () => {
    const { user } = renderApp('#/catalogue');
    await user.upload(await screen.findByLabelText('เลือกไฟล์บัญชีแหล่งพัฒนา (.json หรือ .csv)'), fileOf(csv, 'first.csv'));
    expect(await screen.findByText(/อ่านไฟล์ first.csv แล้ว ใช้ได้ 1 รายการ/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('เลือกไฟล์บัญชีแหล่งพัฒนา (.json หรือ .csv)'), fileOf('id,title_th\r\nx,y', 'broken.csv'));
    expect(await screen.findByText('ใช้ไฟล์ broken.csv ไม่ได้')).toBeInTheDocument();
    expect(screen.getByRole('alert').textContent).toContain('ไม่มีคอลัมน์ ชื่อภาษาอังกฤษ, ผู้จัด, ประเภท, ชั่วโมง, ค่าใช้จ่าย (บาท), รายการที่พัฒนา, ระดับที่ได้ ในแถวแรก');
    expect(screen.getByText('บัญชีที่เก็บไว้เดิมไม่เปลี่ยน')).toBeInTheDocument();
    expect(screen.getByText(/1 รายการ · จากไฟล์ first.csv/)).toBeInTheDocument();
  });

  it('says so when the browser will not keep the catalogue, and uses it in this tab all the same', async () => {
    const full: Storage = {
      length: 0,
      clear() {},
      key: () => null,
      getItem: () => null,
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem() {},
    };
    const { user } = renderApp('#/catalogue', { language: 'en', storage: createSafeStorage(() => full) });
    await user.upload(await screen.findByLabelText('Choose a catalogue file (.json or .csv)'), fileOf(csv, 'agency.csv'));
    expect(await screen.findByText(/The browser would not keep this catalogue/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resources in the catalogue' })).toBeInTheDocument();
  });
});

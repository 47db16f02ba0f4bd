import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { schemaVersion } from '../../src/domain/assessment/migrations';
import { evidenceManifest, evidenceZipPath } from '../../src/domain/files/evidence-zip';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, testMoment, watchForProblems, type Page } from './fixtures';
import { evidencePdf } from './evidence-bytes';

/**
 * Backups with evidence files (issue 27): one zip of the JSON backup, every file and a manifest of their SHA-256.
 * A 10 MB PDF comes back byte for byte in a fresh browser; a zip with a changed file, or a path out of its folder,
 * is refused by name with storage unchanged; storage full part-way through an import keeps nothing of it and loses
 * nothing kept before. Reported like the storage-fault runs: runs, faults, files lost.
 */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const experience = '[data-evidence-for="experience:enterprise-architecture"]';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const totals = { runs: 0, faults: 0, filesLost: 0 };

test.use({ clockAt: testMoment });

function inLanguage(language: 'th' | 'en') {
  const state = structuredClone(fixture);
  state.state.language = language;
  return state;
}

/** A backup with evidence files as the app writes it, made here from the fixture's assessment and `files`; `change` alters a file's bytes after its SHA-256 is taken. */
function zipOf(
  files: { id: string; name: string; bytes: Buffer }[],
  change?: (path: string, bytes: Uint8Array) => Uint8Array,
  extra: Record<string, Uint8Array> = {},
) {
  const named = files.map((file) => ({
    id: file.id,
    attachedTo: 'experience:enterprise-architecture',
    name: file.name,
    size: file.bytes.length,
    addedAt: '2026-11-28T03:00:00.000Z',
    sha256: sha256(file.bytes),
  }));
  const assessment = { ...fixture.state.assessments.gapfixture1, evidence: named };
  const backup = { format: 'cio-skills-compass-backup', schemaVersion, appVersion: 'test', exportedAt: '2026-11-28T03:00:00.000Z', assessments: [assessment] };
  const entries: Record<string, Uint8Array> = {
    'backup.json': strToU8(JSON.stringify(backup)),
    'manifest.json': strToU8(JSON.stringify(evidenceManifest(named))),
  };
  for (const [index, file] of files.entries()) {
    const path = evidenceZipPath(named[index] ?? file);
    entries[path] = change ? change(path, new Uint8Array(file.bytes)) : new Uint8Array(file.bytes);
  }
  return Buffer.from(zipSync({ ...entries, ...extra }, { level: 0 }));
}

/** What the browser keeps: the stored text and the ids of the evidence files in IndexedDB. */
const storageOf = (page: Page) =>
  page.evaluate(async () => {
    const stored = localStorage.getItem('cio-skills-compass');
    // Opening a database that does not exist would create it empty, under the app's feet.
    if (!(await indexedDB.databases()).some((database) => database.name === 'cio-skills-compass-evidence')) return { stored, files: [] as string[] };
    return new Promise<{ stored: string | null; files: string[] }>((resolve) => {
      const open = indexedDB.open('cio-skills-compass-evidence');
      open.onerror = () => resolve({ stored, files: [] });
      open.onsuccess = () => {
        const request = open.result.transaction('files').objectStore('files').getAllKeys();
        request.onsuccess = () => {
          resolve({ stored, files: request.result.map(String).sort() });
          open.result.close();
        };
      };
    });
  });

async function downloaded(page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path());
}

test.afterAll(() => {
  console.log(`evidence zip faults: runs ${totals.runs}, faults ${totals.faults}, files lost ${totals.filesLost}`);
  expect(totals.filesLost).toBe(0);
});

test.describe('backups with evidence files', () => {
  test.describe.configure({ mode: 'serial' });

  test('a 10 MB PDF attached, exported with evidence and imported into a fresh browser comes back byte-identical (Thai, 375 px)', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 375, height: 800 });
    const pdf = evidencePdf(10 * 1024 * 1024);
    await openWithState(page, fixture, '#/assessments/gapfixture1');
    const group = page.locator(experience);
    await group.getByLabel('แนบไฟล์หลักฐาน').setInputFiles({ name: 'คำสั่งแต่งตั้ง EA.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(group.getByRole('status')).toHaveText('แนบ คำสั่งแต่งตั้ง EA.pdf แล้ว');
    await page.getByRole('link', { name: 'สำรองข้อมูล' }).first().click();
    await expect(page.getByText('ไฟล์ zip เดียว: ไฟล์สำรอง JSON แบบเดียวกับด้านบน และไฟล์หลักฐานทุกไฟล์ (1 ไฟล์ รวม 10 MB)', { exact: false })).toBeVisible();
    const zip = await downloaded(page, page.getByRole('button', { name: 'ส่งออกพร้อมไฟล์หลักฐาน (.zip)' }));
    await expect(page.getByText('ส่งออกไฟล์ zip แล้ว มีไฟล์หลักฐาน 1 ไฟล์')).toBeVisible();
    expect(zip.length).toBeGreaterThan(pdf.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);

    // Another browser, with nothing saved.
    const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 } });
    await context.clock.install({ time: new Date(testMoment) });
    const problems = watchForProblems(context, new URL(baseURL ?? '').origin);
    const fresh = await context.newPage();
    await gotoApp(fresh, '#/backup');
    await fresh.getByLabel('เลือกไฟล์สำรอง (.json หรือ .zip)').setInputFiles({ name: 'สำรอง.zip', mimeType: 'application/zip', buffer: zip });
    await expect(fresh.getByRole('status').filter({ hasText: 'นำเข้าแล้ว' })).toHaveText(/นำเข้าแล้ว 1 การประเมิน พร้อมไฟล์หลักฐาน 1 ไฟล์/);
    await fresh.goto('#/assessments/gapfixture1');
    const back = fresh.locator(experience);
    await expect(back.locator('.evidence-file')).toContainText('คำสั่งแต่งตั้ง EA.pdf');
    const copy = await downloaded(fresh, back.getByRole('button', { name: 'ดาวน์โหลด: คำสั่งแต่งตั้ง EA.pdf' }));
    expect(sha256(copy)).toBe(sha256(pdf));
    expect(copy.length).toBe(10 * 1024 * 1024);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [width, language] of [
    [375, 'th'],
    [1280, 'en'],
  ] as const) {
    test(`a zip of 40 evidence files says, as it imports them, which file of how many (role status), until it is imported (${language}, ${width} px)`, async ({
      page,
    }) => {
      const w = {
        th: {
          field: 'เลือกไฟล์สำรอง (.json หรือ .zip)',
          importing: (n: number) => `กำลังนำเข้า ${n} จาก 40 ไฟล์`,
          done: 'นำเข้าแล้ว 1 การประเมิน พร้อมไฟล์หลักฐาน 40 ไฟล์',
        },
        en: {
          field: 'Choose a backup file (.json or .zip)',
          importing: (n: number) => `Importing ${n} of 40 files`,
          done: 'Imported 1 assessment with 40 evidence files',
        },
      }[language];
      await page.setViewportSize({ width, height: 900 });
      // Every text the page's status regions showed, in order: the import may pass faster than a test can look.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { statusesSeen: seen });
        new MutationObserver(() => {
          for (const region of document.querySelectorAll('[role="status"]')) {
            const text = region.textContent?.trim() ?? '';
            if (text && !seen.includes(text)) seen.push(text);
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await gotoApp(page, '#/backup');
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      const files = Array.from({ length: 40 }, (_, index) => ({
        id: `file-many${String(index).padStart(3, '0')}`,
        name: `certificate-${index + 1}.pdf`,
        bytes: evidencePdf(200_000, index + 1),
      }));
      await page.getByLabel(w.field).setInputFiles({ name: 'many.zip', mimeType: 'application/zip', buffer: zipOf(files) });
      await expect(page.getByRole('status').filter({ hasText: w.done })).toBeVisible();
      const seen = await page.evaluate(() => (window as unknown as { statusesSeen: string[] }).statusesSeen);
      const importing = seen.filter((text) => text.startsWith(w.importing(1).split(' ')[0] ?? '-'));
      // The count rising file by file (React may paint two steps as one), up to the last file, before the outcome.
      expect(importing.length).toBeGreaterThan(1);
      const numbers = importing.map((text) => Number(/\d+/.exec(text)?.[0]));
      expect(importing).toEqual(numbers.map((n) => w.importing(n)));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(importing.at(-1)).toBe(w.importing(40));
      expect(seen.indexOf(w.importing(40))).toBeLessThan(seen.findIndex((text) => text.includes(w.done)));
      await expectNoAxeViolations(page);
    });
  }

  test('a zip with a changed file is refused by its name, and one with a path out of its folder, with storage unchanged (English, 1280 px)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openWithState(page, inLanguage('en'), '#/backup');
    const before = await storageOf(page);
    const files = [
      { id: 'file-zip001', name: 'order.pdf', bytes: evidencePdf(40_000) },
      { id: 'file-zip002', name: 'certificate.pdf', bytes: evidencePdf(30_000, 2) },
    ];
    const tampered = zipOf(files, (path, bytes) => {
      if (path.endsWith('certificate.pdf')) bytes[500] = (bytes[500] ?? 0) ^ 0xff;
      return bytes;
    });
    const field = page.getByLabel('Choose a backup file (.json or .zip)');
    await field.setInputFiles({ name: 'backup-changed.zip', mimeType: 'application/zip', buffer: tampered });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not import backup-changed.zip');
    await expect(alert).toContainText(
      'The evidence file certificate.pdf does not match its recorded SHA-256: it may have been changed or damaged, so nothing was imported',
    );
    await expect(alert).toContainText('Nothing saved has changed.');
    await expect(alert).toBeFocused();
    await expectNoAxeViolations(page);
    expect(await storageOf(page)).toEqual(before);

    await field.setInputFiles({ name: 'climbing.zip', mimeType: 'application/zip', buffer: zipOf(files, undefined, { '../../outside.pdf': strToU8('x') }) });
    await expect(alert).toContainText('The zip file holds a path that leads out of its folder ("../../outside.pdf"), so nothing in it was opened');
    expect(await storageOf(page)).toEqual(before);
  });

  test('IndexedDB blocked (private mode): a zip is refused in words, nothing is imported, and the JSON backup is offered instead (English)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await gotoApp(page, '#/backup');
    await page.getByRole('button', { name: 'English' }).click();
    // The choice of language is stored after the next paint: read what is stored once it holds it (CI read it before).
    const storedLanguage = () => page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? 'null')?.state?.language);
    await expect.poll(storedLanguage).toBe('en');
    const before = await page.evaluate(() => localStorage.getItem('cio-skills-compass'));
    const files = [{ id: 'file-blocked1', name: 'order.pdf', bytes: evidencePdf(20_000) }];
    await page.getByLabel('Choose a backup file (.json or .zip)').setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: zipOf(files) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'This browser does not let the app keep files (private browsing, or storage blocked), so the evidence files cannot be imported. You can import the JSON backup instead',
    );
    await expect(alert).toContainText('Nothing saved has changed.');
    expect(await page.evaluate(() => localStorage.getItem('cio-skills-compass'))).toBe(before);
    totals.runs += 1;
    totals.faults += 1;
  });

  test('storage full part-way through an import keeps none of the zip, loses nothing kept before, and says so (Thai)', async ({ page }) => {
    await page.addInitScript(() => {
      // Full after two files (the one attached, then the import's first): the import's second write is refused as a full disk refuses it.
      const put = IDBObjectStore.prototype.put;
      let writes = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'files' && ++writes > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await openWithState(page, inLanguage('th'), '#/assessments/gapfixture1');
    // One file kept before the import.
    const group = page.locator(experience);
    await group.getByLabel('แนบไฟล์หลักฐาน').setInputFiles({ name: 'เดิม.pdf', mimeType: 'application/pdf', buffer: evidencePdf(20_000, 3) });
    await expect(group.getByRole('status')).toHaveText('แนบ เดิม.pdf แล้ว');
    await page.getByRole('link', { name: 'สำรองข้อมูล' }).first().click();
    const before = await storageOf(page);
    expect(before.files).toHaveLength(1);
    const files = [1, 2, 3].map((n) => ({ id: `file-full0${n}`, name: `ไฟล์${n}.pdf`, bytes: evidencePdf(25_000, 10 + n) }));
    await page.getByLabel('เลือกไฟล์สำรอง (.json หรือ .zip)').setInputFiles({ name: 'สำรอง.zip', mimeType: 'application/zip', buffer: zipOf(files) });
    // The assessment is here already: the user chooses, then the files are kept, all or none.
    await page.getByRole('button', { name: 'เก็บไว้ทั้งสอง' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('นำเข้าไม่ได้: สำรอง.zip');
    await expect(alert).toContainText('พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็มระหว่างเก็บไฟล์หลักฐาน (74 KB) จึงไม่นำเข้าทั้งชุด');
    await expect(alert).toContainText('ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง');
    const after = await storageOf(page);
    expect(after).toEqual(before);
    totals.runs += 1;
    totals.faults += 1;
    totals.filesLost += before.files.filter((id) => !after.files.includes(id)).length;
  });
});

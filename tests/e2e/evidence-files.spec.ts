import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatLongDate } from '../../src/domain/calendar/calendar-date';
import { expect, expectNoAxeViolations, openWithState, test, testMoment, type Page } from './fixtures';
import { evidencePdf } from './evidence-bytes';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const experience = '[data-evidence-for="experience:enterprise-architecture"]';

// The day a file was added is shown: the page's clock is set.
test.use({ clockAt: testMoment });

const savedEvidence = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state.assessments.gapfixture1.evidence ?? []);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** How many files' bytes IndexedDB keeps. */
const keptFileCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('cio-skills-compass-evidence');
        open.onsuccess = () => {
          const request = open.result.transaction('files').objectStore('files').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );

async function downloaded(page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path());
}

test.describe('evidence files', () => {
  test('a PDF attached to an experience is listed with its size and day, opens, downloads byte for byte, survives a reload, and comes back on undo (Thai, 375 px)', async ({
    page,
    today,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const pdf = evidencePdf(300 * 1024);
    await openWithState(page, fixture, '#/assessments/gapfixture1');
    const group = page.locator(experience);
    await group.getByLabel('แนบไฟล์หลักฐาน').setInputFiles({ name: 'คำสั่งแต่งตั้ง EA.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(group.getByRole('status')).toHaveText('แนบ คำสั่งแต่งตั้ง EA.pdf แล้ว');
    const row = group.locator('.evidence-file');
    await expect(row).toContainText(`คำสั่งแต่งตั้ง EA.pdf 300 KB · เพิ่มเมื่อ ${formatLongDate(today, 'th')}`);
    // The assessment names the file and keeps its SHA-256; its bytes are not in localStorage.
    expect(await savedEvidence(page)).toMatchObject([
      { attachedTo: 'experience:enterprise-architecture', name: 'คำสั่งแต่งตั้ง EA.pdf', size: pdf.length, sha256: sha256(pdf) },
    ]);
    expect(await page.evaluate(() => localStorage.getItem('cio-skills-compass')?.length ?? 0)).toBeLessThan(20_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);

    expect((await downloaded(page, group.getByRole('button', { name: 'ดาวน์โหลด: คำสั่งแต่งตั้ง EA.pdf' }))).equals(pdf)).toBe(true);

    await page.reload();
    await expect(row).toHaveCount(1);
    expect((await downloaded(page, group.getByRole('button', { name: 'ดาวน์โหลด: คำสั่งแต่งตั้ง EA.pdf' }))).equals(pdf)).toBe(true);

    await group.getByRole('button', { name: 'นำออก: คำสั่งแต่งตั้ง EA.pdf' }).click();
    await expect(row).toHaveCount(0);
    await expect(group.getByRole('status')).toHaveText('นำ คำสั่งแต่งตั้ง EA.pdf ออกแล้ว เลิกทำได้จนกว่าจะออกจากหน้านี้');
    expect(await savedEvidence(page)).toEqual([]);
    await group.getByRole('button', { name: 'เลิกทำ: คำสั่งแต่งตั้ง EA.pdf' }).click();
    await expect(row).toHaveCount(1);
    expect((await downloaded(page, group.getByRole('button', { name: 'ดาวน์โหลด: คำสั่งแต่งตั้ง EA.pdf' }))).equals(pdf)).toBe(true);

    // The backup screen says what the files take and what the browser allows.
    await page.getByRole('link', { name: 'สำรองข้อมูล' }).first().click();
    await expect(page.getByTestId('evidence-files')).toHaveText('1 ไฟล์ รวม 300 KB (เก็บใน IndexedDB ของเบราว์เซอร์)');
    await expect(page.getByTestId('storage-space')).toHaveText(/^ใช้ไป [\d,]+ (bytes|KB|MB) จาก [\d,]+ MB ที่เบราว์เซอร์อนุญาต \(\d+%\)$/);
  });

  test('refuses another kind of file in words, attaches an image to a plan action, and removes it for good once the page is left (English, 1280 px)', async ({
    page,
    problems,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const withAction = structuredClone(fixture);
    withAction.state.language = 'en';
    withAction.state.assessments.gapfixture1.actions = [
      { id: 'action-ev1', kind: 'course', description: 'PDPA course', targetOn: '2027-03-31', status: 'done', serves: ['unit:DG100'] },
    ];
    await openWithState(page, withAction, '#/assessments/gapfixture1/plan');
    const group = page.getByRole('group', { name: 'Evidence files: PDPA course' });
    await group.getByLabel('Attach evidence file').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect(group.getByRole('status')).toHaveText(
      'setup.exe cannot be attached: only PDF, images and Office documents (Word, Excel, PowerPoint) are taken',
    );
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6c8c40000000049454e44ae426082',
      'hex',
    );
    await group.getByLabel('Attach evidence file').setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: png });
    await expect(group.getByRole('status')).toHaveText('certificate.png attached');
    await expect(group.locator('.evidence-file')).toContainText('certificate.png');
    expect(await savedEvidence(page)).toMatchObject([{ attachedTo: 'action:action-ev1', sha256: sha256(png) }]);
    // Opened in a tab of its own, as an image of the app's origin (a PDF opens the same way, in the browser's viewer).
    const [opened] = await Promise.all([page.context().waitForEvent('page'), group.getByRole('button', { name: 'Open: certificate.png' }).click()]);
    await expect.poll(() => opened.url()).toMatch(/^blob:/);
    await expect.poll(() => opened.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
    await opened.close();
    // The file's tab keeps the app's Content-Security-Policy (a blob inherits it, so no file can run as a page of the
    // app): it blocks the browser's own inline styles of its image view, which it logs; the image shows regardless.
    problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes("Content Security Policy directive 'style-src")));
    await expectNoAxeViolations(page);

    await group.getByRole('button', { name: 'Remove: certificate.png' }).click();
    await expect(group.getByRole('button', { name: 'Undo: certificate.png' })).toBeVisible();
    const keptIds = () => keptFileCount(page);
    expect(await keptIds()).toBe(1);
    // Leaving the page ends the undo: the bytes go only then, deleted by the next page that shows evidence files.
    const here = page.url();
    await page.goto('about:blank');
    await page.goto(here);
    await expect(page.getByRole('group', { name: 'Evidence files: PDPA course' })).toBeVisible();
    await expect.poll(keptIds).toBe(0);
    await expect(page.getByRole('button', { name: 'Undo: certificate.png' })).toHaveCount(0);
  });

  test('deleting an assessment deletes its evidence files from the browser, while a copy that names them keeps them (English)', async ({ page }) => {
    const state = structuredClone(fixture);
    state.state.language = 'en';
    state.state.assessments.gapfixture1.reviews = [];
    await openWithState(page, state, '#/assessments/gapfixture1');
    const pdf = evidencePdf(20 * 1024);
    await page.locator(experience).getByLabel('Attach evidence file').setInputFiles({ name: 'order.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.locator(experience).getByRole('status')).toHaveText('order.pdf attached');
    await expect.poll(() => keptFileCount(page)).toBe(1);

    // A copy names the same file: deleting the original leaves its bytes.
    const list = page.url().replace(/#.*$/, '#/assessments');
    await page.goto(list);
    await page.getByRole('button', { name: /^Duplicate / }).click();
    await page.goto(list);
    const cards = page.locator('.assessment-list > li');
    await expect(cards).toHaveCount(2);
    const deleteCard = async (card: ReturnType<Page['locator']>) => {
      await card.getByRole('button', { name: /^Delete / }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
      await expect(dialog).toContainText('evidence files');
      await dialog.getByRole('button', { name: 'Delete for good' }).click();
    };
    // Newest first: the original is the last card.
    await deleteCard(cards.last());
    await expect(cards).toHaveCount(1);
    await cards
      .first()
      .getByRole('link', { name: /^Open / })
      .click();
    const copied = page.locator(experience);
    expect(sha256(await downloaded(page, copied.getByRole('button', { name: 'Download: order.pdf' })))).toBe(sha256(pdf));

    // Deleting the last assessment that names the file deletes its bytes.
    await page.goto(list);
    await deleteCard(cards.first());
    await expect(page.getByText('No assessments yet.')).toBeVisible();
    await expect.poll(() => keptFileCount(page)).toBe(0);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { assessmentSchema } from '../../src/domain/assessment/assessment';
import { createBackup } from '../../src/domain/files/backup';
import { assessmentFingerprint } from '../../src/domain/files/fingerprint';
import type { DevelopmentAction } from '../../src/domain/assessment/development-action';
import { createReviewFile, reviewSchemaVersion } from '../../src/domain/files/review';
import type { Review } from '../../src/domain/assessment/review-schema';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, watchForProblems, type Page } from './fixtures';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
const outDir = mkdtempSync(join(tmpdir(), 'cio-review-'));

async function saved(download: Download): Promise<string> {
  const path = join(outDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Downloads what clicking `name` saves, and returns where it is. */
async function downloadBy(page: Page, name: string | RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return saved(download);
}

const storedAssessment = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}').state?.assessments?.gapfixture1 as Record<string, unknown> | undefined);

test.describe('the supervisor review round trip', () => {
  test('an appointee and a supervisor, each in their own browser, complete a review and print one report with both views', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    // The appointee asks for a review, without showing the self-ratings (the default).
    await openWithState(page, fixture, '#/assessments/gapfixture1/reviews');
    await expect(page.getByRole('heading', { level: 1, name: 'ความเห็นผู้อื่นและการส่งต่อแผน' })).toBeVisible();
    await expect(page.getByText('ไม่ใช่ลายมือชื่ออิเล็กทรอนิกส์')).toBeVisible();
    await expect(page.getByLabel('ให้ผู้ประเมินเห็นระดับที่ฉันประเมินตนเอง')).not.toBeChecked();
    await expectNoAxeViolations(page);
    const requestFile = await downloadBy(page, 'ส่งออกคำขอให้ประเมิน');
    const before = await storedAssessment(page);

    // The supervisor, in another browser with their own (empty) copy of the app, opens it in review mode.
    const supervisorContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const supervisorProblems = watchForProblems(supervisorContext, new URL(baseURL ?? '').origin);
    const supervisor = await supervisorContext.newPage();
    await gotoApp(supervisor, '#/assessments');
    await supervisor.getByRole('link', { name: 'เปิดคำขอหรือผลการประเมินที่ได้รับ' }).click();
    await expect(supervisor.getByRole('heading', { level: 1, name: 'ประเมินผู้อื่น' })).toBeVisible();
    await expectNoAxeViolations(supervisor);
    await supervisor.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)').setInputFiles(requestFile);
    await expect(supervisor.getByText('ผู้รับการประเมินไม่แสดงระดับที่ประเมินตนเอง')).toBeVisible();
    await expect(supervisor.getByRole('heading', { name: 'สมหญิง ตัวอย่าง · รองอธิบดี' })).toBeVisible();
    // Hidden self-ratings are not in the file the supervisor received, let alone on screen.
    expect(JSON.parse(readFileSync(requestFile, 'utf8')).ratings['unit:DG100']).toEqual({ target: 4 });
    await expect(supervisor.locator('[data-item="unit:DG100"]')).toContainText('เป้าหมาย 4');
    await expect(supervisor.locator('[data-item="unit:DG100"]')).not.toContainText('ประเมินตนเอง');

    // Exporting before saying who reviews is refused, with the fields to fill.
    await supervisor.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    await expect(supervisor.getByRole('alert')).toContainText('กรุณาแก้ไขช่องที่มีเครื่องหมาย ! ด้านล่าง (2 ช่อง)');
    await expect(supervisor.getByLabel('ชื่อผู้ประเมิน')).toHaveAccessibleDescription(/กรุณากรอกช่องนี้/);
    await expect(supervisor.getByLabel('ชื่อผู้ประเมิน')).toBeFocused();
    await expect(supervisor.getByLabel('ตำแหน่ง')).toHaveAccessibleDescription(/กรุณากรอกช่องนี้/);
    await supervisor.getByLabel('ชื่อผู้ประเมิน').fill('สมศรี ผู้บังคับบัญชา');
    await supervisor.getByLabel('ตำแหน่ง').fill('อธิบดีกรมตัวอย่าง');
    const dg100 = supervisor.locator('[data-item="unit:DG100"]');
    await dg100.getByRole('radio', { name: /^0/ }).check();
    await dg100.getByText('ความเห็น', { exact: true }).click();
    await dg100.getByLabel('ความเห็นต่อ DG100').fill('ยังไม่เคยวางกรอบธรรมาภิบาลข้อมูลของกรม');
    await supervisor.locator('[data-item="unit:DG200"]').getByRole('radio', { name: /^3/ }).check();
    await supervisor.locator('[data-item="unit:DG300"]').getByRole('radio', { name: /^4/ }).check();
    await supervisor.getByRole('textbox', { name: 'ความเห็นโดยรวม' }).fill('มีความพร้อมด้านเทคโนโลยี ควรเร่งพัฒนาด้านธรรมาภิบาล');
    await supervisor.getByLabel('เห็นชอบแผนพัฒนานี้').check();
    await expectNoAxeViolations(supervisor);
    // Most items are left unrated: the supervisor is told how many and exports anyway (issue 26, second trial).
    await supervisor.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    await expect(supervisor.getByRole('dialog')).toContainText(/ยังไม่ได้ประเมิน \d+ จาก \d+ รายการ/);
    await expectNoAxeViolations(supervisor);
    const reviewFile = await downloadBy(supervisor, 'ส่งออกทั้งที่ยังไม่ครบ');
    await expect(supervisor.getByRole('status')).toContainText('ส่งออกผลการประเมินแล้ว');
    // The supervisor's own assessments are untouched: the draft lives under its own key.
    const supervisorStorage = await supervisor.evaluate(() => ({
      own: JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{"state":{"assessments":{}}}').state.assessments as Record<string, unknown>,
      draft: Object.keys(localStorage).some((key) => key.startsWith('cio-skills-compass:review-draft:')),
    }));
    expect(supervisorStorage).toEqual({ own: {}, draft: true });
    await supervisor.getByRole('button', { name: 'ปิดคำขอนี้' }).click();
    await expect(supervisor.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(supervisor);
    await supervisor.getByRole('button', { name: 'ปิดและลบร่าง' }).click();
    await expect(supervisor.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)')).toBeVisible();
    await supervisorContext.close();
    expect(supervisorProblems).toEqual([]);

    // The appointee brings the review back: attached, self-ratings untouched; the same file again is recognised.
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(reviewFile);
    await expect(page.getByRole('status').filter({ hasText: 'แนบผลการประเมินของ สมศรี ผู้บังคับบัญชา แล้ว' })).toBeVisible();
    await expect(page.getByText('ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอ')).toHaveCount(0);
    const after = await storedAssessment(page);
    expect(after?.ratings).toEqual(before?.ratings);
    expect(after?.reviews).toHaveLength(1);
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(reviewFile);
    // The same file again is said calmly, not as a failure (issue 26, second trial).
    await expect(page.locator('[data-refusal="duplicate"][role="status"]')).toContainText('นำเข้าไว้แล้ว: ');
    await expect(page.locator('[data-refusal="duplicate"]')).toContainText('นำเข้าผลการประเมินนี้ไว้แล้ว');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect((await storedAssessment(page))?.reviews).toHaveLength(1);
    await expectNoAxeViolations(page);

    // The gap screen: self, reviewer and target; the 3-level difference first; the headline says it uses self.
    await page.getByRole('link', { name: 'ดูเทียบกันในหน้าช่องว่าง' }).click();
    await expect(page.locator('[data-chart="radar"] svg').last()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'ช่องว่างที่ยังไม่มีกิจกรรมในแผนพัฒนา คำนวณจาก: การประเมินตนเอง' })).toBeVisible();
    const firstDifference = page.locator('table.differences tbody tr').first();
    await expect(firstDifference).toHaveAttribute('data-key', 'unit:DG100');
    await expect(firstDifference).toContainText('-3');
    await expect(firstDifference).toContainText('ต่างกันมาก');
    await expect(firstDifference).toContainText('ยังไม่เคยวางกรอบธรรมาภิบาลข้อมูลของกรม');
    await expect(page.locator('figure:has([data-chart="radar"]) thead')).toContainText('สมศรี ผู้บังคับบัญชา (เฉลี่ย)');
    const overall = page.locator('[data-figure="overall"] dd');
    const selfOverall = await overall.textContent();
    await page.getByLabel('ระดับที่ต่ำกว่าของทั้งสอง รายการต่อรายการ').check();
    await expect(page.getByRole('status').filter({ hasText: 'คำนวณจาก: ระดับที่ต่ำกว่าของการประเมินตนเองกับของ สมศรี ผู้บังคับบัญชา' })).toBeVisible();
    await expect(overall).not.toHaveText(selfOverall ?? '');
    await expectNoAxeViolations(page);

    // One printed report shows both views: the self-ratings and the supervisor's, the opinion and HR's block.
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectNoAxeViolations(page);
    const pdf = join(outDir, 'report-with-review.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ความเห็นของผู้บังคับบัญชา');
    expect(text).toContain('สมศรี ผู้บังคับบัญชา');
    expect(text).toContain('อธิบดีกรมตัวอย่าง');
    expect(text).toContain('มีความพร้อมด้านเทคโนโลยี ควรเร่งพัฒนาด้านธรรมาภิบาล');
    expect(text).toContain('การรับทราบของหน่วยงานบริหารทรัพยากรบุคคล');
    // Item DG100 in the supervisor's table: target 4, self 3, supervisor 0, marked as 3 levels apart.
    expect(text).toMatch(/DG100\s.*\s4\s+3\s+0\s+-3/);
    // The self-rating table still prints the self-rating of DG100 as before.
    expect(text).toMatch(/DG100\s.*\s4\s+3\s+1\s/);
  });

  test('the printed report takes memo fields and Thai digits, and prints as before without a review', async ({ page }) => {
    await openWithState(page, fixture, '#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await expect(page.locator('.report')).not.toContainText('ความเห็นของผู้บังคับบัญชา');
    await expect(page.locator('.report')).not.toContainText('การรับทราบของหน่วยงานบริหารทรัพยากรบุคคล');
    await page.getByLabel('ส่วนราชการ', { exact: true }).fill('กรมตัวอย่าง');
    await page.getByLabel('ที่', { exact: true }).fill('ตอ 0001/123');
    await page.getByLabel('ใช้เลขไทย (๐–๙) ทั้งรายงาน').check();
    await expect(page.locator('.report [data-memo="number"]')).toContainText('ตอ ๐๐๐๑/๑๒๓');
    await expectNoAxeViolations(page);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(outDir, 'report-thai-digits.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ที่ ตอ ๐๐๐๑/๑๒๓');
    expect(text).toMatch(/หน้า ๑ จาก [๒-๙]/);
    // Item codes stay as the circular writes them (DG100); no other Arabic digit is left.
    expect(text).toContain('DG100');
    expect(text.replace(/[A-Za-z]+[0-9]+(?:\.[0-9]+)*/g, '')).not.toMatch(/[0-9]/);
  });
});

const assessment = assessmentSchema.parse(fixture.state.assessments.gapfixture1);
const action = (id: string, overrides: Partial<DevelopmentAction> = {}): DevelopmentAction => ({
  id,
  kind: 'course',
  description: `กิจกรรม ${id}`,
  targetOn: '2027-06-30',
  status: 'planned',
  serves: ['unit:DG100'],
  ...overrides,
});
const withActions = (actions: DevelopmentAction[]) => ({
  ...fixture,
  state: { ...fixture.state, assessments: { gapfixture1: { ...fixture.state.assessments.gapfixture1, actions, rounds: [] } } },
  version: 3,
});
const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
const reviewOf = (overrides: Partial<Review> = {}): Review => ({
  id: 'reviewfile01',
  requestId: 'request0001',
  assessmentId: 'gapfixture1',
  profileId: 'dcio',
  fingerprint: assessmentFingerprint(assessment, 3),
  exportedAt: '2026-11-28T09:00:00.000Z',
  reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
  ratings: { 'unit:DG100': { level: 1 } },
  experience: {},
  overall: '',
  plan: { agreed: false },
  ...overrides,
});

test.describe('review and hand-off files', () => {
  test('a review for another assessment, another role or a newer version is refused and nothing stored changes; changed ratings are flagged', async ({
    page,
  }) => {
    await openWithState(page, fixture, '#/assessments/gapfixture1/reviews');
    const picker = page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)');
    const stored = () => page.evaluate(() => localStorage.getItem('cio-skills-compass'));
    const before = await stored();
    const refusals: [string, unknown, string][] = [
      ['other-assessment.json', createReviewFile(reviewOf({ assessmentId: 'someoneelse1' }), '0.1.0'), 'ไฟล์นี้ทำขึ้นสำหรับการประเมินอื่น'],
      ['other-role.json', createReviewFile(reviewOf({ profileId: 'mcio' }), '0.1.0'), 'ไฟล์นี้ทำขึ้นสำหรับชุดทักษะอื่น'],
      ['newer.json', { ...createReviewFile(reviewOf(), '9.0.0'), schemaVersion: reviewSchemaVersion + 1 }, 'ไฟล์มาจากแอปรุ่นใหม่กว่า'],
      ['backup.json', createBackup([assessment], { appVersion: '0.1.0', now: '2026-11-28T09:00:00.000Z' }), 'ไฟล์นี้เป็นไฟล์สำรองข้อมูล ไม่ใช่ไฟล์ที่ปุ่มนี้รับ'],
    ];
    for (const [name, content, message] of refusals) {
      await picker.setInputFiles(file(name, content));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`นำเข้าไม่ได้: ${name}`);
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง');
      await expect(alert).toBeFocused();
    }
    expect(await stored()).toBe(before);
    await expectNoAxeViolations(page);

    await picker.setInputFiles(file('changed.json', createReviewFile(reviewOf({ fingerprint: 'fnv1a64:0123456789abcdef' }), '0.1.0')));
    await expect(page.getByRole('status').filter({ hasText: 'แนบผลการประเมินของ' })).toContainText('ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอให้ประเมินนี้');
    await expect(page.locator('[data-review="reviewfile01"]')).toContainText('ระดับที่ประเมินตนเองเปลี่ยนไปหลังจากส่งคำขอให้ประเมินนี้');
  });

  test("an assistant's plan edits come back through an explicit merge, action by action, and never touch the self-ratings", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const base = [action('keepaction1'), action('editaction1'), action('dropaction1')];
    const backup = createBackup([{ ...assessment, actions: base, rounds: [] }], { appVersion: '0.1.0', now: '2026-11-28T09:00:00.000Z' });

    // The assistant, in their own browser, holds the assessment from that backup with the plan as they edited it.
    const assistantContext = await browser.newContext({ baseURL });
    const assistantProblems = watchForProblems(assistantContext, new URL(baseURL ?? '').origin);
    const assistant = await assistantContext.newPage();
    const edited = [
      action('keepaction1'),
      action('editaction1', { targetOn: '2027-03-31', status: 'in-progress' }),
      action('newaction01', { kind: 'coaching', description: 'พี่เลี้ยงด้านธรรมาภิบาลข้อมูล' }),
    ];
    await openWithState(assistant, withActions(edited), '#/assessments/gapfixture1/reviews');
    let downloads = 0;
    assistant.on('download', () => (downloads += 1));
    await assistant.getByLabel('เลือกไฟล์สำรองที่ได้รับ (.json)').setInputFiles(file('received-backup.json', backup));
    // Nothing downloads yet: first what the hand-off changes, and who sends it.
    const brief = assistant.getByRole('region', { name: 'สรุปไฟล์ส่งต่อแผน' });
    await expect(brief.locator('[data-summary="changes"] dd')).toHaveText('กิจกรรมใหม่ 1 · ถูกลบ 1 · แก้ไข 1 กิจกรรม (2 ส่วน)');
    await expect(brief.locator('[data-summary="sender"] dd')).toHaveText('ไม่ได้ระบุผู้ส่ง (ไฟล์จากแอปรุ่นก่อน)');
    await assistant.getByRole('button', { name: 'ดาวน์โหลดไฟล์ส่งต่อแผน' }).click();
    await expect(assistant.getByRole('alert')).toHaveText('กรุณากรอกช่องนี้');
    expect(downloads).toBe(0);
    await assistant.getByLabel('ชื่อของคุณ (ผู้ส่ง)').fill('สุดา ผู้ช่วย');
    await assistant.getByLabel('ตำแหน่งของคุณ').fill('ผู้ช่วย CIO');
    await expect(brief.locator('[data-summary="sender"] dd')).toHaveText('สุดา ผู้ช่วย (ผู้ช่วย CIO)');
    await expectNoAxeViolations(assistant);
    const handoff = await downloadBy(assistant, 'ดาวน์โหลดไฟล์ส่งต่อแผน');
    await expect(assistant.getByRole('status').filter({ hasText: 'ส่งออกไฟล์ส่งต่อแผนแล้ว' })).toBeVisible();
    expect(JSON.parse(readFileSync(handoff, 'utf8')).sender).toEqual({ name: 'สุดา ผู้ช่วย', position: 'ผู้ช่วย CIO' });
    await assistantContext.close();
    expect(assistantProblems).toEqual([]);

    // The appointee added an action of their own since sending the backup: it must not show as removed.
    const mine = action('mineaction1', { description: 'กิจกรรมที่เพิ่มเอง' });
    await openWithState(page, withActions([...base, mine]), '#/assessments/gapfixture1/reviews');
    const ratingsBefore = (await storedAssessment(page))?.ratings;
    await page.getByLabel('เลือกไฟล์ส่งต่อแผน (.json)').setInputFiles(handoff);
    await expect(page.getByRole('heading', { name: 'การเปลี่ยนแปลงจากผู้ช่วย' })).toBeFocused();
    // Who sent it, when, and what it changes, before anything is applied.
    const received = page.getByRole('region', { name: 'สรุปไฟล์ส่งต่อแผน' });
    await expect(received.locator('[data-summary="sender"] dd')).toHaveText('สุดา ผู้ช่วย (ผู้ช่วย CIO)');
    await expect(received.locator('[data-summary="sent"] dd')).toContainText(' เวลา ');
    await expect(received.locator('[data-summary="changes"] dd')).toHaveText('กิจกรรมใหม่ 1 · ถูกลบ 1 · แก้ไข 1 กิจกรรม (2 ส่วน)');
    const changes = page.locator('.merge-list > li');
    await expect(changes).toHaveCount(3);
    await expect(page.locator('[data-change="changed"]')).toContainText('30 มิถุนายน 2570');
    await expect(page.locator('[data-change="changed"]')).toContainText('31 มีนาคม 2570');
    await expect(page.locator('[data-change="new"]')).toContainText('พี่เลี้ยงด้านธรรมาภิบาลข้อมูล');
    await expect(page.locator('[data-change="removed"]')).toContainText('กิจกรรม dropaction1');
    await expect(page.getByText('กิจกรรมที่เพิ่มเอง')).toHaveCount(0);
    // Nothing is accepted until the appointee says so.
    for (const radio of await page.getByRole('radio', { name: 'ไม่รับ' }).all()) await expect(radio).toBeChecked();
    await expectNoAxeViolations(page);
    // The changed action is accepted field by field: its target date and its status.
    for (const radio of await page.locator('[data-change="changed"]').getByRole('radio', { name: 'รับ', exact: true }).all()) await radio.check();
    await page.locator('[data-change="new"]').getByRole('radio', { name: 'รับ', exact: true }).check();
    await page.getByRole('button', { name: 'บันทึกตามที่เลือก' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'รับ 3 รายการ ไม่รับ 1 รายการ' })).toBeVisible();

    const after = await storedAssessment(page);
    expect(after?.ratings).toEqual(ratingsBefore);
    expect((after?.actions as DevelopmentAction[]).map((a) => [a.id, a.status, a.targetOn])).toEqual([
      ['keepaction1', 'planned', '2027-06-30'],
      ['editaction1', 'in-progress', '2027-03-31'],
      ['dropaction1', 'planned', '2027-06-30'],
      ['mineaction1', 'planned', '2027-06-30'],
      ['newaction01', 'planned', '2027-06-30'],
    ]);

    // The same file again offers only what was rejected; a hand-off for another role is refused.
    await page.getByLabel('เลือกไฟล์ส่งต่อแผน (.json)').setInputFiles(handoff);
    await expect(changes).toHaveCount(1);
    await expect(page.locator('[data-change="removed"]')).toBeVisible();
    const otherRole = { ...JSON.parse(readFileSync(handoff, 'utf8')), profileId: 'mcio' };
    await page.getByLabel('เลือกไฟล์ส่งต่อแผน (.json)').setInputFiles(file('other-role-handoff.json', otherRole));
    await expect(page.getByRole('alert')).toContainText('ไฟล์นี้ทำขึ้นสำหรับชุดทักษะอื่น');
  });
});

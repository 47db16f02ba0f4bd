import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download } from '@playwright/test';
import { formatLongDate, addDays } from '../../src/domain/calendar/calendar-date';
import { createReviewFile } from '../../src/domain/files/review';
import { expect, expectNoAxeViolations, gotoApp, openWithState, test, testMoment, watchForProblems, type Page } from './fixtures';
import { pageText, printToPdf } from './pdf';
import { fixture, gapAssessment, reviewOf, storedStateOf } from './hostile-files';

const outDir = mkdtempSync(join(tmpdir(), 'cio-chain-'));
test.use({ clockAt: testMoment });

async function downloadBy(page: Page, name: string | RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return saved(download);
}
async function saved(download: Download): Promise<string> {
  const path = join(outDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Another person's browser with an empty copy of the app, on the same day, at `width` px. */
async function browserOf(browser: Browser, baseURL: string | undefined, width: number) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
  await context.clock.install({ time: new Date(testMoment) });
  const problems = watchForProblems(context, new URL(baseURL ?? '').origin);
  const page = await context.newPage();
  await gotoApp(page, '#/assessments');
  await page.getByRole('link', { name: 'เปิดคำขอหรือผลการประเมินที่ได้รับ' }).click();
  return { context, page, problems };
}

const levels = ['ผู้บังคับบัญชาชั้นต้น (อธิบดี)', 'ปลัดกระทรวง'];

test.describe('a chain of opinions, in order (issue 26 point 5)', () => {
  test('supervisor, then ปลัดกระทรวง, through real files in three browsers; the appointee acknowledges, HR records receipt in a fourth and sends it back; the report prints it all', async ({
    page,
    browser,
    baseURL,
    today,
  }) => {
    test.setTimeout(300_000);
    const day = formatLongDate(today, 'th');
    // The appointee names the sequence and exports the request.
    await openWithState(page, fixture, '#/assessments/gapfixture1/reviews');
    await page.getByLabel('ระดับที่ 1').fill(levels[0] ?? '');
    await page.getByLabel('ระดับที่ 2').fill(levels[1] ?? '');
    // With the self-ratings: a reviewer not shown them is asked no verdict on them (decision 024).
    await page.locator('#show-self').check();
    await expectNoAxeViolations(page);
    const requestFile = await downloadBy(page, 'ส่งออกคำขอให้ประเมิน');
    expect(JSON.parse(readFileSync(requestFile, 'utf8')).levels).toEqual(levels);

    // Level 1, the supervisor, rates and gives an opinion and a verdict, and passes the file on.
    const first = await browserOf(browser, baseURL, 1280);
    await first.page.getByLabel('เลือกไฟล์คำขอให้ประเมิน (.json)').setInputFiles(requestFile);
    // Level 1 is told, before rating, that the file goes on to the ปลัดกระทรวง (issue 26 trial, point 5).
    await expect(first.page.locator('[data-chain-follows]')).toContainText('ส่งไฟล์ต่อให้ ปลัดกระทรวง (ระดับที่ 2)');
    await first.page.getByLabel('ชื่อผู้ประเมิน').fill('สมศรี ผู้บังคับบัญชา');
    await first.page.getByLabel('ตำแหน่ง').fill('อธิบดีกรมตัวอย่าง');
    await first.page.getByRole('textbox', { name: 'ความเห็นโดยรวม' }).fill('ควรเร่งพัฒนาด้านธรรมาภิบาลข้อมูล');
    await first.page.getByLabel('เห็นด้วยกับผลการประเมินตนเองบางส่วน').check();
    await first.page.getByLabel('ความเห็นต่อแผนพัฒนา').fill('ควรเพิ่มหลักสูตรธรรมาภิบาลข้อมูลในแผน');
    await first.page.getByRole('button', { name: 'ส่งออกผลการประเมิน' }).click();
    const supervisorFile = await downloadBy(first.page, 'ส่งออกทั้งที่ยังไม่ครบ');
    expect(supervisorFile).toMatch(/review-level-1_DCIO_/);
    await expect(first.page.getByRole('status').filter({ hasText: 'ส่งไฟล์นี้ต่อให้ปลัดกระทรวงให้ความเห็น' })).toBeVisible();
    await first.context.close();
    expect(first.problems).toEqual([]);

    // Level 2, the ปลัดกระทรวง, at 375 px: reads the supervisor's opinion, adds their own; a future date and no verdict are refused.
    const second = await browserOf(browser, baseURL, 375);
    await second.page.getByLabel('เลือกไฟล์ผลการประเมินที่ส่งต่อมา (.json)').setInputFiles(supervisorFile);
    const earlier = second.page.locator('.chain-earlier [data-level="1"]');
    await expect(earlier).toContainText(`ระดับที่ 1: ${levels[0]}`);
    await expect(earlier).toContainText('สมศรี ผู้บังคับบัญชา (อธิบดีกรมตัวอย่าง)');
    await expect(earlier).toContainText('เห็นด้วยกับผลการประเมินตนเองบางส่วน');
    // Level 1's comment on the plan, read-only (issue 26 trial, point 6).
    await expect(earlier).toContainText('ความเห็นต่อแผนพัฒนา: ควรเพิ่มหลักสูตรธรรมาภิบาลข้อมูลในแผน');
    await expect(second.page.getByRole('heading', { name: 'ความเห็นของปลัดกระทรวง (ระดับที่ 2)' })).toBeVisible();
    await second.page.getByLabel('ชื่อ', { exact: true }).fill('สมชาย ปลัดกระทรวง');
    await expect(second.page.getByLabel('ตำแหน่ง', { exact: true })).toHaveValue('ปลัดกระทรวง');
    const year = second.page.getByLabel('ปี พ.ศ.');
    await year.fill(String(Number(today.slice(0, 4)) + 544));
    await second.page.getByRole('button', { name: 'ส่งออกผลการประเมินพร้อมความเห็นของฉัน' }).click();
    await expect(second.page.getByText('วันที่ต้องไม่เลยวันนี้')).toBeVisible();
    await expect(second.page.getByText('เลือกความเห็นต่อผลการประเมินและความเห็นข้างต้น')).toBeVisible();
    await year.fill(String(Number(today.slice(0, 4)) + 543));
    await second.page.getByLabel('เห็นด้วยกับผลการประเมินและความเห็นข้างต้น', { exact: true }).check();
    await second.page.getByLabel('ความเห็น', { exact: true }).fill('เห็นด้วยกับความเห็นของอธิบดี ให้ส่งเข้าหลักสูตรในไตรมาสแรก');
    // Level 2 comments on the plan as level 1 does (issue 26, second trial).
    await second.page.getByLabel('ความเห็นต่อแผนพัฒนา', { exact: true }).fill('อนุมัติงบหลักสูตรธรรมาภิบาลข้อมูลปีงบประมาณนี้');
    // A reload loses nothing of level 2's work (issue 26 trial, point 3).
    await second.page.reload();
    await expect(second.page.getByLabel('ชื่อ', { exact: true })).toHaveValue('สมชาย ปลัดกระทรวง');
    await expect(second.page.getByLabel('เห็นด้วยกับผลการประเมินและความเห็นข้างต้น', { exact: true })).toBeChecked();
    await expect(second.page.getByLabel('ความเห็น', { exact: true })).toHaveValue('เห็นด้วยกับความเห็นของอธิบดี ให้ส่งเข้าหลักสูตรในไตรมาสแรก');
    // The opinion in progress is listed on "My assessments", a link back to it (issue 26 point 6, second trial).
    await second.page.goto('#/assessments');
    const draftLink = second.page.getByRole('link', { name: 'ให้ความเห็นต่อผลการประเมินของ สมหญิง ตัวอย่าง ต่อ' });
    await expect(draftLink.locator('xpath=..')).toContainText(`ระดับที่ 2: ปลัดกระทรวง · DCIO · ส่งต่อมาเมื่อ ${day}`);
    await draftLink.click();
    await expect(second.page.getByLabel('ความเห็นต่อแผนพัฒนา', { exact: true })).toHaveValue('อนุมัติงบหลักสูตรธรรมาภิบาลข้อมูลปีงบประมาณนี้');
    await expectNoAxeViolations(second.page);
    await second.page.locator('.chain-opinion').screenshot({ path: test.info().outputPath('chain-opinion-375-th.png') });
    const finalFile = await downloadBy(second.page, 'ส่งออกผลการประเมินพร้อมความเห็นของฉัน');
    expect(finalFile).toMatch(/review-level-2_DCIO_/);
    await expect(second.page.getByRole('status').filter({ hasText: 'ส่งไฟล์นี้กลับให้ผู้รับการประเมิน' })).toBeVisible();
    // The file is complete: opened again, it is refused in words.
    await second.page.getByRole('button', { name: 'ปิด', exact: true }).click();
    await second.page.getByLabel('เลือกไฟล์ผลการประเมินที่ส่งต่อมา (.json)').setInputFiles(finalFile);
    await expect(second.page.getByRole('alert')).toContainText('ไม่มีลำดับถัดไปที่ต้องให้ความเห็นแล้ว');
    await second.context.close();
    expect(second.problems).toEqual([]);

    // The appointee imports it and acknowledges.
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(finalFile);
    // The notice names every level the file carries, not the first alone (issue 26, second trial).
    await expect(page.getByRole('status').filter({ hasText: 'แนบผลการประเมินของ สมศรี ผู้บังคับบัญชา, สมชาย ปลัดกระทรวง แล้ว' })).toBeVisible();
    const entry = page.locator('.review-list > li').first();
    await expect(entry.locator('[data-step="level"]').nth(1)).toContainText(`สมชาย ปลัดกระทรวง (ปลัดกระทรวง) ${day}`);
    await expect(entry.locator('[data-step="acknowledged"] dd')).toHaveText('ยังไม่มี');
    // Before acknowledging every level, the appointee reads each one's opinion (issue 26 trial, point 1).
    const both = entry.locator('.chain-earlier');
    await expect(both.locator('[data-level="1"]')).toContainText('ควรเร่งพัฒนาด้านธรรมาภิบาลข้อมูล');
    await expect(both.locator('[data-level="2"]')).toContainText(`สมชาย ปลัดกระทรวง (ปลัดกระทรวง) ${day}`);
    // Level 2 judged the assessment and the opinion above theirs, not the self-ratings alone (decision 024).
    await expect(both.locator('[data-level="2"]')).toContainText('เห็นด้วยกับผลการประเมินและความเห็นข้างต้น');
    await expect(both.locator('[data-level="2"]')).toContainText('เห็นด้วยกับความเห็นของอธิบดี ให้ส่งเข้าหลักสูตรในไตรมาสแรก');
    await expect(both.locator('[data-level="2"]')).toContainText('ความเห็นต่อแผนพัฒนา: อนุมัติงบหลักสูตรธรรมาภิบาลข้อมูลปีงบประมาณนี้');
    await entry.screenshot({ path: test.info().outputPath('appointee-before-acknowledging-1280-th.png') });
    await entry.getByText('ลงชื่อรับทราบ', { exact: true }).click();
    await expect(entry.locator('[data-sign="acknowledged"]').getByLabel('ชื่อ', { exact: true })).toHaveValue('สมหญิง ตัวอย่าง');
    await entry.locator('[data-sign="acknowledged"]').getByRole('button', { name: 'บันทึก' }).click();
    await expect(entry.locator('[data-step="acknowledged"] dd')).toHaveText(`สมหญิง ตัวอย่าง (รองอธิบดี) ${day}`);
    // HR records receipt in their own browser, on the file the appointee sends them, and sends it back (issue 26,
    // second trial: the receipt lived only in HR's browser). Until it is back, it is not said to be missing.
    await expect(entry.locator('[data-step="received"] dd')).toHaveText('บันทึกในสำเนาของงานบุคคล (แสดงที่นี่เมื่อนำเข้าไฟล์ที่งานบุคคลส่งกลับ)');
    const forHr = await downloadBy(page, 'ส่งออกไฟล์ให้งานบุคคลลงรับ');
    expect(forHr).toMatch(/review-for-hr_DCIO_/);
    const hrOffice = await browserOf(browser, baseURL, 1280);
    await hrOffice.page.getByLabel('เลือกไฟล์ผลการประเมินที่ส่งต่อมา (.json)').setInputFiles(forHr);
    await expect(hrOffice.page.getByRole('heading', { name: 'การลงรับของงานบุคคล' })).toBeVisible();
    await expect(hrOffice.page.locator('[data-acknowledged]')).toContainText(`สมหญิง ตัวอย่าง (รองอธิบดี) ${day}`);
    await expect(hrOffice.page.locator('.chain-earlier [data-level="2"]')).toContainText('สมชาย ปลัดกระทรวง');
    const receipt = hrOffice.page.getByRole('button', { name: 'บันทึกการลงรับและส่งออกไฟล์' });
    await receipt.click();
    await expect(hrOffice.page.getByText('กรุณากรอกช่องนี้').first()).toBeVisible();
    await hrOffice.page.getByLabel('ชื่อ', { exact: true }).fill('สุนีย์ งานบุคคล');
    await hrOffice.page.getByLabel('ตำแหน่ง', { exact: true }).fill('นักทรัพยากรบุคคลชำนาญการ');
    await expectNoAxeViolations(hrOffice.page);
    await hrOffice.page.locator('.chain-receipt').screenshot({ path: test.info().outputPath('hr-receipt-1280-th.png') });
    const fromHr = await downloadBy(hrOffice.page, 'บันทึกการลงรับและส่งออกไฟล์');
    expect(fromHr).toMatch(/review-received_DCIO_/);
    await expect(hrOffice.page.getByRole('status').filter({ hasText: 'ส่งไฟล์นี้กลับให้ผู้รับการประเมิน' })).toBeVisible();
    await hrOffice.context.close();
    expect(hrOffice.problems).toEqual([]);
    await page.getByLabel('เลือกไฟล์ผลการประเมิน (.json)').setInputFiles(fromHr);
    await expect(page.getByRole('status').filter({ hasText: 'เพิ่มการลงรับของงานบุคคล (สุนีย์ งานบุคคล) ในผลการประเมินนี้แล้ว' })).toBeVisible();
    await expect(entry.locator('[data-step="received"] dd')).toHaveText(`สุนีย์ งานบุคคล (นักทรัพยากรบุคคลชำนาญการ) ${day}`);
    await expect(entry.locator('[data-step="acknowledged"] dd')).toHaveText(`สมหญิง ตัวอย่าง (รองอธิบดี) ${day}`);
    await expectNoAxeViolations(page);

    // The gap screen shows the chain's status, with dates.
    await page.goto('#/assessments/gapfixture1/gaps');
    const status = page.locator('.review-controls .chain-status');
    await expect(status.locator('[data-step="sent"] dd')).toHaveText(day);
    await expect(status.locator('[data-step="returned"] dd')).toHaveText(day);
    await expect(status.locator('[data-step="received"] dd')).toContainText('สุนีย์ งานบุคคล');
    await expect(status.locator('[data-done="false"]')).toHaveCount(0);

    // The report: the memo heading, both opinions with signature lines, the closing, the acknowledgement and HR's receipt.
    await page.goto('#/assessments/gapfixture1/report');
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await page.getByLabel('เรื่อง').fill('รายงานผลการประเมินตนเองของรองอธิบดีตามกรอบทักษะดิจิทัล');
    await page.getByLabel('เรียน').fill('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    await page.evaluate(() => document.fonts.ready);
    await expectNoAxeViolations(page);
    const pdf = await printToPdf(page, 'chain-report-th');
    for (const words of [
      'บันทึกข้อความ',
      'เรื่อง',
      'รายงานผลการประเมินตนเองของรองอธิบดี',
      'เรียน',
      'ควรเร่งพัฒนาด้านธรรมาภิบาลข้อมูล',
      'เห็นด้วยกับผลการประเมินตนเองบางส่วน',
      'ความเห็นของปลัดกระทรวง (ระดับที่ 2)',
      'เห็นด้วยกับผลการประเมินและความเห็นข้างต้น',
      'เห็นด้วยกับความเห็นของอธิบดี',
      'อนุมัติงบหลักสูตรธรรมาภิบาลข้อมูลปีงบประมาณนี้',
      'สมชาย ปลัดกระทรวง',
      'จึงเรียนมาเพื่อโปรดพิจารณา',
      'การรับทราบของผู้รับการประเมิน',
      'สุนีย์ งานบุคคล',
      'นักทรัพยากรบุคคลชำนาญการ',
    ]) {
      expect(pdf.text.replace(/\s+/g, ' '), words).toContain(words);
    }
    // Each level's block and its signature print on one page.
    const pageOf = (words: string) =>
      Array.from({ length: pdf.pages }, (_, index) => index + 1).filter((number) => pageText(pdf, number).replace(/\s+/g, ' ').includes(words));
    expect(pageOf('ความเห็นของปลัดกระทรวง')).toEqual(pageOf('( สมชาย ปลัดกระทรวง )'));

    // The same in English.
    await page.locator('.report-toolbar').getByText('English', { exact: true }).click();
    await expect(page.locator('.report')).toHaveAttribute('lang', 'en');
    const english = await printToPdf(page, 'chain-report-en');
    for (const words of [
      'Memorandum',
      'Subject',
      'To',
      'Partly agrees with the self-assessment',
      'Opinion of the ปลัดกระทรวง (level 2)',
      'Agrees with the assessment and the opinions above',
      'Submitted for your consideration.',
      "The appointee's acknowledgement",
      'สุนีย์ งานบุคคล',
    ]) {
      expect(english.text.replace(/\s+/g, ' '), words).toContain(words);
    }
    expect(english.text).toContain(formatLongDate(today, 'en'));
  });

  test('in English at 375 px: a stored chain is acknowledged and received, and the gap screen shows every step', async ({ page, today }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const review = {
      ...reviewOf({ exportedAt: '2026-11-28T02:00:00.000Z' }),
      verdict: 'disagree',
      chain: {
        levels: ['Director-General', 'Permanent Secretary'],
        opinions: [{ name: 'Somchai P.', position: 'Permanent Secretary', signedOn: today, verdict: 'partly', opinion: 'Training first.' }],
      },
    };
    const state = storedStateOf([{ ...gapAssessment, actions: [], rounds: [], reviews: [review] }]) as { state: Record<string, unknown> };
    await openWithState(page, { ...state, state: { ...state.state, language: 'en' } }, `#/assessments/${gapAssessment.id}/reviews`);
    const entry = page.locator('.review-list > li').first();
    await expect(entry.locator('[data-step="sent"] dd')).toHaveText('date not known (the request was not exported here)');
    await expect(entry.locator('[data-step="level"]').nth(1)).toContainText('Level 2: Permanent Secretary');
    await entry.getByText('Acknowledge (sign as read)').click();
    const sign = entry.locator('[data-sign="acknowledged"]');
    await sign.getByLabel('Year').fill(String(Number(addDays(today, 366).slice(0, 4))));
    await sign.getByRole('button', { name: 'Save' }).click();
    await expect(sign.getByText('The date cannot be later than today.')).toBeVisible();
    await sign.getByLabel('Year').fill(today.slice(0, 4));
    await sign.getByRole('button', { name: 'Save' }).click();
    await expect(entry.locator('[data-step="acknowledged"] dd')).toContainText(formatLongDate(today, 'en'));
    await entry.getByText("Record HR's receipt").click();
    await entry.locator('[data-sign="received"]').getByLabel('Name').fill('Sunee HR');
    await entry.locator('[data-sign="received"]').getByLabel('Position').fill('HR officer');
    await entry.locator('[data-sign="received"]').getByRole('button', { name: 'Save' }).click();
    await expect(entry.locator('[data-step="received"] dd')).toHaveText(`Sunee HR (HR officer), ${formatLongDate(today, 'en')}`);
    await expectNoAxeViolations(page);
    await entry.screenshot({ path: test.info().outputPath('chain-sign-375-en.png') });
    await page.goto(`#/assessments/${gapAssessment.id}/gaps`);
    const status = page.locator('.review-controls .chain-status');
    await expect(status.locator('dt')).toHaveText([
      'Review request sent',
      'Level 1: Director-General',
      'Level 2: Permanent Secretary',
      'Returned to the appointee',
      'Acknowledged by the appointee',
      'Receipt recorded by HR',
    ]);
    await expectNoAxeViolations(page);
    await status.screenshot({ path: test.info().outputPath('chain-status-375-en.png') });
  });

  test('in English at 1280 px: a later level opens the file passed on, and a review file with no level left is refused', async ({ page, today }) => {
    const review = {
      ...reviewOf({ exportedAt: '2026-11-28T02:00:00.000Z' }),
      verdict: 'agree',
      chain: { levels: ['Director-General', 'Permanent Secretary'], opinions: [] },
    };
    const empty = storedStateOf([]) as { state: Record<string, unknown> };
    await openWithState(page, { ...empty, state: { ...empty.state, language: 'en' } }, '#/review');
    const picker = page.getByLabel('Choose a review passed to you (.json)');
    await picker.setInputFiles({
      name: 'review.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(createReviewFile(review as never, 'test', gapAssessment.appointee))),
    });
    await expect(page.getByRole('heading', { name: 'Opinion of the Permanent Secretary (level 2)' })).toBeVisible();
    await expect(page.locator('.chain-earlier [data-level="1"]')).toContainText('Agrees with the self-assessment');
    await page.getByLabel('Name', { exact: true }).fill('Somchai P.');
    await page.getByLabel('Partly agrees with the assessment and the opinions above').check();
    await expectNoAxeViolations(page);
    const file = await downloadBy(page, 'Export the review with my opinion');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.review.chain.opinions).toEqual([{ name: 'Somchai P.', position: 'Permanent Secretary', signedOn: today, verdict: 'partly', opinion: '' }]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await picker.setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText('No level is left to give an opinion on this review');
  });
});

import { expect, gotoApp, test } from './fixtures';

test.describe("privacy: a whole session stays on the app's own origin", () => {
  test('rates, opens the charts, the report and the plan, exports and imports, and not one request leaves the origin', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));

    await gotoApp(page, '#/assessments/new/cio-assistant');
    await page.getByLabel('ตำแหน่ง').fill('นักวิชาการคอมพิวเตอร์');
    await page.getByLabel('ส่วนราชการ').fill('กรมตัวอย่าง');
    const group = page.getByRole('group', { name: /วันที่ได้รับการแต่งตั้ง/ });
    await group.getByLabel('วัน').selectOption('1');
    await group.getByLabel('เดือน').selectOption('10');
    await group.getByLabel('ปี พ.ศ.').fill('2568');
    await page.getByRole('button', { name: 'เริ่มประเมิน' }).click();
    for (const code of ['DG100', 'DT700', 'SPM304.2', 'DTR300'])
      await page
        .getByRole('radiogroup', { name: new RegExp(code) })
        .getByRole('radio')
        .nth(2)
        .check();

    await page.getByRole('link', { name: 'ดูช่องว่างและกำหนดเวลา' }).click();
    await expect(page.locator('[data-chart="radar"] svg').first()).toBeVisible();
    await Promise.all([page.waitForEvent('download'), page.locator('figure:has([data-chart="radar"])').getByRole('button', { name: 'ดาวน์โหลด PNG' }).click()]);
    await page.getByRole('link', { name: 'รายงานสำหรับพิมพ์' }).click();
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.pdf({ format: 'A4' });
    await page.goBack();
    await page.goBack();
    await page.getByRole('link', { name: 'แผนพัฒนา' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกปฏิทิน (.ics)' }).click()]);

    await page.getByRole('link', { name: 'สำรองข้อมูล' }).click();
    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกทั้งหมด (JSON)' }).click()]);
    await page.locator('#import-file').setInputFiles(await backup.path());
    await page.getByRole('dialog').getByRole('button', { name: 'แทนที่ของเดิม' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'นำเข้าแล้ว 1' })).toHaveCount(1);

    const outside = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(requested.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});

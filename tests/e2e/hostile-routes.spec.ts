import { expect, openWithState, test } from './fixtures';
import { fixture, savedText } from './hostile-files';

// Issue 23, points 6 and 10: an assessment id in the address is looked up as the record's own key, never as
// something every object inherits (`__proto__`, `constructor`, `toString` crashed into the error boundary), and an
// id this browser does not hold shows the not-found screen on every screen of an assessment, not a bare heading.
const addresses = [
  '#/assessments/__proto__',
  '#/assessments/constructor/gaps',
  '#/assessments/toString/report',
  '#/assessments/hasOwnProperty/plan',
  '#/assessments/valueOf/reviews',
  '#/assessments/__proto__/details',
  '#/assessments/no-such-one',
  '#/assessments/no-such-one/gaps',
  '#/assessments/no-such-one/report',
  '#/assessments/no-such-one/plan',
  '#/assessments/no-such-one/reviews',
];

test('an assessment id this browser does not hold, built-in property names included, shows the not-found screen on every assessment screen', async ({
  page,
}) => {
  await openWithState(page, fixture, '#/assessments');
  const before = await savedText(page);
  for (const address of addresses) {
    await test.step(address, async () => {
      await page.evaluate((hash) => (window.location.hash = hash), address);
      const id = /^#\/assessments\/([^/]+)/.exec(address)?.[1] ?? '';
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('ไม่พบหน้านี้');
      await expect(page.getByRole('alert')).toContainText(`ไม่มีการประเมิน "${id}" ในเบราว์เซอร์นี้`);
      await expect(page.getByRole('link', { name: 'การประเมินของฉัน' }).last()).toBeVisible();
      await expect(page.getByText('หน้านี้แสดงผลไม่ได้')).toHaveCount(0);
    });
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('alert')).toContainText('There is no assessment "no-such-one" in this browser');
  await page.getByRole('link', { name: 'My assessments' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  // Language is the one change: the assessments are as they were.
  expect(JSON.parse((await savedText(page)) ?? '{}').state.assessments).toEqual(JSON.parse(before ?? '{}').state.assessments);
});

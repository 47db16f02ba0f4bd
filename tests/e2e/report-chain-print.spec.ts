import { expect, openWithState, test, testMoment, type Page } from './fixtures';
import { pdfWords, printToPdf, type PdfWord } from './pdf';
import { gapAssessment, reviewOf, storedStateOf } from './hostile-files';

// Issue 26, third trial, point 4: level 1's signed opinion printed on one page, then 2½ pages of the self-against-
// reviewer table (its heading alone at the foot of a page), then level 2's opinion. The chain's opinions stay
// together, in order, with the table before them, and the table's heading always has its rows under it.
test.use({ clockAt: testMoment });

const one = `LEVELONESTART ${'ผู้รับการประเมินมีความรู้ด้านนโยบายดี แต่ยังขาดประสบการณ์ด้านสถาปัตยกรรมองค์กร '.repeat(3)}LEVELONEEND`;
const two = `LEVELTWOSTART ${'เห็นด้วยกับความเห็นของอธิบดี ขอให้เร่งสั่งสมประสบการณ์ให้ทันกำหนด '.repeat(3)}LEVELTWOEND`;
const heading = 'ระดับที่ประเมินตนเองเทียบกับระดับที่ผู้บังคับบัญชาให้';

/** The gap fixture, reviewed on every rated item by a two-level chain that was not shown the self-ratings. */
function stateOf(today: string) {
  const ratings = Object.fromEntries(Object.keys(gapAssessment.ratings).map((key, index) => [key, { level: index % 4 }]));
  const review = reviewOf({
    exportedAt: '2026-11-28T02:00:00.000Z',
    ratings,
    overall: one,
    chain: {
      levels: ['อธิบดี', 'ปลัดกระทรวง'],
      opinions: [{ name: 'สมชาย ปลัดกระทรวง', position: 'ปลัดกระทรวง', signedOn: today, verdict: 'agree', opinion: two }],
    },
  });
  const requests = [{ id: 'request0001', exportedAt: '2026-11-27T02:00:00.000Z', selfRatingsShown: false, asked: { ratings: {}, experience: {} } }];
  return storedStateOf([{ ...gapAssessment, actions: [], rounds: [], requests, reviews: [review] }]);
}

async function openReport(page: Page, today: string) {
  await openWithState(page, stateOf(today), '#/assessments/gapfixture1/report');
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

const below = (words: PdfWord[], above: PdfWord | undefined) => words.filter((word) => word.page === above?.page && word.yMin > (above?.yMax ?? 0));

test('Thai: both levels’ opinions print together after the comparison, whose heading never ends a page, wherever the breaks fall', async ({ page, today }) => {
  test.setTimeout(300_000);
  await openReport(page, today);
  for (const push of [0, 50, 100, 150, 200, 250]) {
    await page.evaluate((mm) => document.querySelector<HTMLElement>('.report__header')?.style.setProperty('padding-bottom', `${mm}mm`), push);
    const words = pdfWords(await printToPdf(page, `chain-order-${push}`));
    const levelOne = words.find((word) => word.text.includes('LEVELONESTART'));
    const levelTwo = words.find((word) => word.text.includes('LEVELTWOSTART'));
    const table = words.find((word) => word.text.startsWith(heading));
    expect(levelOne && levelTwo && table, `pushed ${push} mm: both opinions and the table printed`).toBeTruthy();
    const gap = (levelTwo?.page ?? 0) - (levelOne?.page ?? 0);
    expect(gap === 0 || gap === 1, `pushed ${push} mm: level 2 on level 1's page or the next (${String(gap)})`).toBe(true);
    expect(table?.page ?? Infinity, `pushed ${push} mm: the table before the opinions`).toBeLessThanOrEqual(levelOne?.page ?? 0);
    // Its heading, then the column heads and a first row, on one page.
    const head = below(words, table).find((word) => word.text === 'รหัส');
    expect(head, `pushed ${push} mm: the table's column heads under its heading`).toBeDefined();
    expect(
      below(words, head).some((word) => /^[A-Z]{1,4}\d/.test(word.text)),
      `pushed ${push} mm: a first row under the heading`,
    ).toBe(true);
  }
});

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, openWithState, test } from './fixtures';
import { download, gapAssessment, storedStateOf } from './hostile-files';
import { printToPdf } from './pdf';

// Issue 23, point 9: control characters (C0, C1, U+2028/2029) never reach a calendar file, a CSS string or a file
// name, whatever a name, title or description holds.
const controls = 'NUL\u0000BEL\u0007VT\u000bFF\u000cESC\u001bLS\u2028NEL\u0085CSI\u009bDEL\u007f';
/** Any control character but the CRLF that ends each line of the file, and tab. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for.
const forbidden = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

test('the .ics of the plan holds no control character, and a calendar reads every line break as one', async ({ page }) => {
  const action = {
    id: 'hostile-action',
    kind: 'course',
    description: `Course ${controls} end`,
    targetOn: '2027-06-30',
    status: 'planned',
    serves: ['unit:DG100'],
  };
  const hostile = {
    ...gapAssessment,
    title: `Plan ${controls} title`,
    appointee: { ...gapAssessment.appointee, name: `Somchai${controls}Jaidee` },
    actions: [action],
    rounds: [],
  };
  await openWithState(page, storedStateOf([hostile]), `#/assessments/${hostile.id}/plan`);
  const file = await download(page, () => page.getByRole('button', { name: 'ส่งออกปฏิทิน (.ics)' }).click());
  expect(file.suggestedFilename()).not.toMatch(forbidden);
  const text = readFileSync(await file.path(), 'utf8');
  for (const line of text.split('\r\n')) expect(line, JSON.stringify(line)).not.toMatch(forbidden);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .find((candidate) => candidate.uid.includes('hostile-action'));
  expect(event?.summary).toContain('Course NULBELVT\nFF\nESCLS\nNEL\nCSIDEL end');
  expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain('Plan NULBELVT\\nFF\\nESCLS\\nNEL\\nCSIDEL title');
});

test('a name with a line break prints in the report footer with a space, not as "NamenLine2"', async ({ page }) => {
  const hostile = { ...gapAssessment, appointee: { ...gapAssessment.appointee, name: 'Somchai\nJaidee\u0007' } };
  await openWithState(page, storedStateOf([hostile]), `#/assessments/${hostile.id}/report`);
  await expect(page.locator('.report svg').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const { text } = await printToPdf(page, 'hostile-footer');
  expect(text).not.toContain('SomchainJaidee');
  expect(text).toMatch(/Somchai Jaidee · DCIO · รายงาน ณ วันที่/);
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRollupBackups } from '../../scripts/rollup-backups.mjs';
import { schemaVersion } from '../../src/domain/assessment/migrations';
import { expect, gotoApp, type Page } from './fixtures';

/**
 * The files as HR receives them: 60 generated backups (versions 2 to 4; one person exported twice; one file in 50
 * broken), plus a file newer than the app, a text file, and a person whose name is a spreadsheet formula:
 * 63 files, 3 refused, 1 duplicate, 59 people.
 */
/** A data version one past the app's own: newer than the app on any day the app's version moves. */
export const futureSchemaVersion = schemaVersion + 1;

export function backupFiles(): { name: string; text: string }[] {
  const files = makeRollupBackups(60);
  const person = JSON.parse(files[1]?.text ?? '{}') as { assessments: { appointee: { name: string } }[] };
  const formula = {
    ...person,
    assessments: [{ ...person.assessments[0], id: 'formula-person', appointee: { ...person.assessments[0]?.appointee, name: '=HYPERLINK("http://x")' } }],
  };
  files.push({ name: 'formula.json', text: JSON.stringify(formula) });
  files.push({ name: 'from-the-future.json', text: JSON.stringify({ ...person, schemaVersion: futureSchemaVersion }) });
  files.push({ name: 'notes.txt', text: 'not a backup' });
  return files;
}

/** The same files in a folder named "backups". */
export function backupFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'cio-org-'));
  const folder = join(root, 'backups');
  mkdirSync(folder);
  for (const file of backupFiles()) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

/** Opens the organisation screen and chooses the folder through the real folder field. */
export async function openFolder(page: Page): Promise<void> {
  await gotoApp(page, '#/organisation');
  await page.locator('#org-folder').setInputFiles(backupFolder());
  await expect(page.locator('.org-people tbody tr').first()).toBeVisible();
}

/** Prints the page to an A4 PDF as the browser would, and reads it back: its text, pdfinfo's report and its page count. */
export async function printToText(page: Page): Promise<{ text: string; info: string; pages: number }> {
  await page.evaluate(() => document.fonts.ready);
  const path = join(mkdtempSync(join(tmpdir(), 'cio-org-pdf-')), 'summary.pdf');
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }), info, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

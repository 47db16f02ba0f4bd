import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, type Download, type Page } from '@playwright/test';

/** The DCIO assessment of the gap fixture (version 2 data, read as the current version once stored). */
export const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
export const gapAssessment = fixture.state.assessments.gapfixture1;

/** A backup file of `assessments`, at the current data version. */
export function backupOf(assessments: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'cio-skills-compass-backup', schemaVersion: 4, appVersion: 'test', exportedAt: '2026-11-27T09:00:00.000Z', assessments, ...overrides });
}

/** A stored state (as the app keeps it) holding `assessments`, the first one current. */
export function storedStateOf(assessments: { id: string }[]): unknown {
  return { state: { language: 'th', currentAssessmentId: assessments[0]?.id ?? null, assessments: Object.fromEntries(assessments.map((a) => [a.id, a])) }, version: 4 };
}

/** The app's stored text now. */
export const savedText = (page: Page) => page.evaluate(() => localStorage.getItem('cio-skills-compass'));

/** A downloaded CSV read back by papaparse: its BOM checked, no parse error, the rows. */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Clicks `button` and gives back the file it downloads. */
export async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

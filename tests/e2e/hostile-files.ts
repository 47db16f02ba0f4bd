import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, type Download, type Page } from '@playwright/test';

/** The DCIO assessment of the gap fixture (version 2 data, read as the current version once stored). */
export const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));
export const gapAssessment = fixture.state.assessments.gapfixture1;

/** A backup file of `assessments`, at the current data version. */
export function backupOf(assessments: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'cio-skills-compass-backup',
    schemaVersion: 6,
    appVersion: 'test',
    exportedAt: '2026-11-27T09:00:00.000Z',
    assessments,
    ...overrides,
  });
}

/** A stored state (as the app keeps it) holding `assessments`, the first one current. */
export function storedStateOf(assessments: { id: string }[]): unknown {
  return {
    state: { language: 'th', currentAssessmentId: assessments[0]?.id ?? null, assessments: Object.fromEntries(assessments.map((a) => [a.id, a])) },
    version: 6,
  };
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

/** A file to hand to a file field: its name and its content as JSON (or text as it is). */
export function fileOf(name: string, content: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) };
}

/** A development action of the DCIO gap fixture's plan. */
export function action(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, kind: 'course', description: `กิจกรรม ${id}`, targetOn: '2027-06-30', status: 'planned', serves: ['unit:DG100'], ...overrides };
}

/** A review of the gap fixture's assessment, as a reviewer's app writes it. */
export function reviewOf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'reviewfile01',
    requestId: 'request0001',
    assessmentId: gapAssessment.id,
    profileId: 'dcio',
    fingerprint: 'fnv1a64:0123456789abcdef',
    exportedAt: '2026-11-28T09:00:00.000Z',
    reviewer: { name: 'สมศรี ผู้บังคับบัญชา', position: 'อธิบดี', reviewedOn: '2026-11-28' },
    ratings: { 'unit:DG100': { level: 1 } },
    experience: {},
    overall: '',
    plan: { agreed: false },
    ...overrides,
  };
}

/** A review file around `review`. */
export const reviewFileOf = (review: Record<string, unknown>) => ({ format: 'cio-skills-compass-review', schemaVersion: 1, appVersion: 'test', review });

/** A plan hand-off of the gap fixture's assessment: the plan as received (`base`) and as the assistant left it. */
export function handoffOf(base: unknown[], actions: unknown[]): Record<string, unknown> {
  return {
    format: 'cio-skills-compass-plan-handoff',
    schemaVersion: 1,
    appVersion: 'test',
    exportedAt: '2026-11-28T09:00:00.000Z',
    handoffId: 'handoff0001',
    assessmentId: gapAssessment.id,
    profileId: 'dcio',
    base,
    actions,
  };
}

/** The gap fixture's assessment with `changes`, stored as the app keeps it. */
export const storedWith = (changes: Record<string, unknown>) => storedStateOf([{ ...gapAssessment, actions: [], rounds: [], ...changes }]);

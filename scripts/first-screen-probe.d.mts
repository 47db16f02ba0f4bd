import type { BrowserContext, Page } from 'playwright-core';

export interface FirstScreenProbe {
  firstPaint: number;
  longTasksAfterPaint: { start: number; duration: number }[];
  longestAfterPaint: number;
  scripts: { url: string; bytes: number }[];
  scriptBytes: number;
}

export function probeFirstScreen(
  context: BrowserContext,
  url: string,
  options?: { cpuSlowdown?: number; ready?: (page: Page) => Promise<unknown> },
): Promise<FirstScreenProbe>;

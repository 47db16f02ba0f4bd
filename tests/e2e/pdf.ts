import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from './fixtures';

const outDir = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'cio-report-'));
const pointsPerMm = 72 / 25.4;
/** The report's bottom page margin (`@page` in report.css): the footer lives in it, nothing else may. */
const bottomMarginMm = 18;

export interface PrintedPdf {
  path: string;
  /** The text as laid out (`pdftotext -layout`). */
  text: string;
  pages: number;
}

/** A word as pdftotext places it: page (from 1) and box in points from the top left of the page. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  yMax: number;
  pageHeight: number;
}

/** Prints the page as Chromium does for "Save as PDF" (A4, the page's own @page size), and reads it back. */
export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  const path = join(outDir, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return { path, text, pages };
}

/** The text of one page. */
export function pageText(pdf: PrintedPdf, number: number): string {
  return execFileSync('pdftotext', ['-f', String(number), '-l', String(number), pdf.path, '-'], { encoding: 'utf8' });
}

/** Every word of the PDF with its box (`pdftotext -bbox`). */
export function pdfWords(pdf: PrintedPdf): PdfWord[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdf.path, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  let pageHeight = 0;
  for (const line of xhtml.split('\n')) {
    const pageTag = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
    if (pageTag) {
      page += 1;
      pageHeight = Number(pageTag[1]);
    }
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) words.push({ page, pageHeight, xMin: Number(word[1]), yMin: Number(word[2]), yMax: Number(word[3]), text: word[4] ?? '' });
  }
  return words;
}

/**
 * Glyphs drawn across the foot of a page's printable area, between the last line and the footer: what the next
 * page's first line leaves there when Chromium paints its tall Thai marks on both pages ("ที่" with no width,
 * 0.5 pt below the printable area). A line of the page's own never reaches below it.
 */
export function glyphsBelowPrintableArea(words: readonly PdfWord[]): string[] {
  return words
    .filter((word) => {
      const bottom = word.pageHeight - bottomMarginMm * pointsPerMm;
      return word.yMax > bottom + 0.5 && word.yMin < bottom + 3 * pointsPerMm;
    })
    .map((word) => `page ${word.page}: "${word.text}" at ${(word.yMin / pointsPerMm).toFixed(1)} mm`);
}

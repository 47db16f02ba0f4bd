import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './report-screen';

describe('the report screen', () => {
  it('lays out the report in its own language, whatever the screen’s, with the appointee’s details', async () => {
    const assessment = makeAssessment();
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'th', assessments: [assessment] });
    const report = await screen.findByRole('article');
    expect(within(report).getAllByText(/สมชาย ใจดี/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /PDF/ })).toBeInTheDocument();
  });

  it('heads each table with its columns: items, starred experience, actions, and the supervisor’s differences', async () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 1, target: 3 } },
      actions: [{ id: 'action-one', kind: 'course', description: 'A course', targetOn: '2027-06-30', status: 'planned', serves: ['unit:DG100'] }],
      reviews: [makeReview({ ratings: { 'unit:DG100': { level: 3 } } })],
    });
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'en', assessments: [assessment] });
    const report = await screen.findByRole('article');
    const heads = within(report)
      .getAllByRole('table')
      .map((table) =>
        within(table)
          .queryAllByRole('columnheader')
          .map((cell) => cell.textContent),
      );
    expect(heads).toEqual(
      expect.arrayContaining([
        ['Code', 'Item', 'Target', 'Self-rating', 'Gap', 'Note / evidence'],
        ['Code', 'Item', 'Deadline', 'Days left', 'Status'],
        ['Kind', 'Action', 'Items developed', 'Target date', 'Status'],
        ['Code', 'Item', 'Target', 'Self-rating', 'Supervisor', 'Difference', 'Comment'],
      ]),
    );
  });

  it('ends with an annex of the evidence files, in the order of the tables, each with the day added and its SHA-256 in groups', async () => {
    const file = (id: string, attachedTo: string, name: string, addedAt: string, digit: string) => ({
      id,
      attachedTo,
      name,
      size: 1000,
      addedAt,
      sha256: digit.repeat(64),
    });
    const assessment = makeAssessment({
      actions: [{ id: 'action-one', kind: 'course', description: 'PDPA course', targetOn: '2027-06-30', status: 'done', serves: ['unit:DG100'] }],
      evidence: [
        file('file-0003', 'action:action-one', 'certificate.png', '2026-11-20T03:00:00.000Z', 'c'),
        file('file-0002', 'unit:DG100', 'order 2.pdf', '2026-11-21T03:00:00.000Z', 'b'),
        file('file-0001', 'unit:DG100', 'order 1.pdf', '2026-11-19T03:00:00.000Z', 'a'),
      ],
    });
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'en', assessments: [assessment] });
    const annex = await screen.findByRole('region', { name: 'Annex: evidence files' });
    const rows = within(annex)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.slice(1)).toEqual([
      [expect.stringMatching(/^DG100 /), 'order 1.pdf', '19 November 2026', `${'a'.repeat(16)} ${'a'.repeat(16)} ${'a'.repeat(16)} ${'a'.repeat(16)}`],
      [expect.stringMatching(/^DG100 /), 'order 2.pdf', '21 November 2026', expect.stringMatching(/^b{16} b{16} b{16} b{16}$/)],
      ['Action: PDPA course', 'certificate.png', '20 November 2026', expect.stringMatching(/^c{16} /)],
    ]);
  });

  it('has no annex when no evidence file is attached', async () => {
    const assessment = makeAssessment();
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'th', assessments: [assessment] });
    await screen.findByRole('article');
    expect(screen.queryByRole('region', { name: 'ภาคผนวก: ไฟล์หลักฐาน' })).toBeNull();
  });

  it('prints the summary on the chosen basis and says which, while the item tables keep the self-ratings', async () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 3 }, 'unit:DT100': { level: 4 } },
      reviews: [makeReview({ ratings: { 'unit:DG100': { level: 0 }, 'unit:DT100': { level: 3 } } })],
      gapBasis: { view: 'lower' },
    });
    renderApp(`#/assessments/${assessment.id}/report`, { language: 'en', assessments: [assessment] });
    const report = await screen.findByRole('article');
    expect(within(report).getByText("This report's summary figures use: the lower of the self-rating and สมศรี ผู้บังคับบัญชา's, item by item")).toBeInTheDocument();
    // Lower of the two: DG100 0 of 3, DT100 3 of 3.
    expect(report.querySelector('[data-figure="overall"]')?.textContent).toBe('50%');
    const dg100 = report.querySelector('.report__items tr[data-key="unit:DG100"]');
    expect(
      within(dg100 as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(2, 4),
    ).toEqual(['3', '3']);
  });
});

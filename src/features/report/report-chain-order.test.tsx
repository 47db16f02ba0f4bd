import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeReview } from '../../testing/review-factory';
import { renderApp } from '../../testing/render-app';
import type { Review } from '../../domain/assessment/review-schema';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './report-screen';

const hidden = [{ id: 'request-one', exportedAt: '2026-11-28T08:00:00.000Z', selfRatingsShown: false, asked: { ratings: {}, experience: {} } }];
const chain: Review['chain'] = {
  levels: ['อธิบดี', 'ปลัดกระทรวง'],
  opinions: [{ name: 'สมศักดิ์ มั่นคง', position: 'ปลัดกระทรวง', signedOn: '2026-11-29', verdict: 'agree', opinion: 'เห็นด้วย' }],
};

async function report(review: Review) {
  const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1, target: 3 } }, reviews: [review], requests: hidden });
  renderApp(`#/assessments/${assessment.id}/report`, { language: 'th', assessments: [assessment] });
  return screen.findByRole('article');
}

describe('the chain in the printed report (issue 26, third trial)', () => {
  it('keeps every level’s opinion together, in order, and the item comparison before them', async () => {
    const article = await report(makeReview({ chain, ratings: { 'unit:DG100': { level: 3 } } }));
    const headings = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    const level1 = headings.indexOf('ความเห็นของอธิบดี (ระดับที่ 1)');
    const level2 = headings.indexOf('ความเห็นของปลัดกระทรวง (ระดับที่ 2)');
    const table = headings.indexOf('ระดับที่ประเมินตนเองเทียบกับระดับที่ผู้บังคับบัญชาให้');
    expect(table).toBeGreaterThan(-1);
    expect(level1).toBeGreaterThan(table);
    expect(level2).toBe(level1 + 1);
    // Several levels: HR receives the opinions of every level.
    expect(article).toHaveTextContent('ความเห็นของผู้บังคับบัญชาทุกระดับข้างต้นแล้ว');
  });

  it('prints no verdict on self-ratings the reviewer did not see, says so and points to the comparison (decision 024)', async () => {
    const article = await report(makeReview({ chain }));
    const block = within(article).getByRole('region', { name: 'ความเห็นของอธิบดี (ระดับที่ 1)' });
    expect(within(block).queryByRole('rowheader', { name: 'ความเห็นต่อผลการประเมินตนเอง' })).not.toBeInTheDocument();
    expect(block).not.toHaveTextContent('ไม่ได้ระบุ');
    expect(block).toHaveTextContent('ไม่เห็น จึงไม่ได้ให้ความเห็นต่อผลการประเมินตนเอง ดูการเทียบในตารางข้างต้น');
  });

  it('still prints a verdict an older file carries, beside the note that the self-ratings were not seen', async () => {
    const article = await report(makeReview({ chain, verdict: 'partly' }));
    const block = within(article).getByRole('region', { name: 'ความเห็นของอธิบดี (ระดับที่ 1)' });
    expect(within(block).getByRole('rowheader', { name: 'ความเห็นต่อผลการประเมินตนเอง' })).toBeInTheDocument();
    expect(block).toHaveTextContent('เห็นด้วยกับผลการประเมินตนเองบางส่วน');
    expect(block).toHaveTextContent('ไม่เห็น จึงไม่ได้ให้ความเห็นต่อผลการประเมินตนเอง');
  });

  it("prints a later level's verdict on the assessment and the opinions above it, not on the self-assessment (decision 024)", async () => {
    const article = await report(makeReview({ chain }));
    const block = within(article).getByRole('region', { name: 'ความเห็นของปลัดกระทรวง (ระดับที่ 2)' });
    expect(within(block).getByRole('rowheader', { name: 'ความเห็นต่อผลการประเมินและความเห็นข้างต้น' })).toBeInTheDocument();
    expect(block).toHaveTextContent('เห็นด้วยกับผลการประเมินและความเห็นข้างต้น');
    expect(block).not.toHaveTextContent('ผลการประเมินตนเอง');
  });
});

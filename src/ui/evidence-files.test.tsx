import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { maxEvidenceBytes } from '../domain/assessment/assessment';
import { makeAssessment } from '../testing/assessment-factory';
import { renderWithStore } from '../testing/render-app';
import { makeTestStore } from '../testing/test-store';
import { EvidenceFiles } from './evidence-files';

const assessment = makeAssessment({ id: 'evidence-test' });
const named = { id: 'file-0001', attachedTo: 'unit:DG100', name: 'คำสั่ง.pdf', size: 2048, addedAt: '2026-11-27T03:00:00.000Z', sha256: 'a'.repeat(64) };

function show(language: 'th' | 'en', evidence = [named]) {
  const store = makeTestStore({ language, assessments: [{ ...assessment, evidence }] });
  renderWithStore(store, <EvidenceFiles assessmentId={assessment.id} attachedTo="unit:DG100" itemName="DG100 Digital governance" />);
  return store;
}

describe('EvidenceFiles', () => {
  it('lists each file with its size and the day it was added, in the Buddhist Era in Thai, with buttons named by the file', () => {
    show('th');
    expect(screen.getByRole('group', { name: 'ไฟล์หลักฐาน: DG100 Digital governance' })).toHaveTextContent('คำสั่ง.pdf 2 KB · เพิ่มเมื่อ 27 พฤศจิกายน 2569');
    for (const action of ['เปิด', 'ดาวน์โหลด', 'นำออก']) expect(screen.getByRole('button', { name: `${action}: คำสั่ง.pdf` })).toBeVisible();
  });

  it('refuses another kind of file and a file over 10 MB in words, and names nothing', async () => {
    const store = show('en', []);
    const field = screen.getByLabelText('Attach evidence file');
    await userEvent.upload(field, new File(['MZ'], 'setup.exe'), { applyAccept: false });
    expect(screen.getByRole('status')).toHaveTextContent(
      'setup.exe cannot be attached: only PDF, images and Office documents (Word, Excel, PowerPoint) are taken',
    );
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: maxEvidenceBytes + 1 });
    await userEvent.upload(field, big);
    expect(screen.getByRole('status')).toHaveTextContent('big.pdf cannot be attached: it is 10,241 KB, over 10 MB');
    expect(store.getState().assessments[assessment.id]?.evidence).toEqual([]);
  });

  it('says in Thai that this browser keeps no files when IndexedDB is missing, and changes nothing', async () => {
    const store = show('th', []);
    await userEvent.upload(screen.getByLabelText('แนบไฟล์หลักฐาน'), new File(['%PDF-1.7'], 'order.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/เบราว์เซอร์นี้ไม่ให้แอปเก็บไฟล์/)).toHaveTextContent('จึงไม่ได้แนบ order.pdf');
    expect(store.getState().assessments[assessment.id]?.evidence).toEqual([]);
  });

  it('removes a file at once and brings it back, the same, on undo', async () => {
    const store = show('en');
    await userEvent.click(screen.getByRole('button', { name: 'Remove: คำสั่ง.pdf' }));
    expect(store.getState().assessments[assessment.id]?.evidence).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('คำสั่ง.pdf removed. You can undo this until you leave the page');
    await userEvent.click(screen.getByRole('button', { name: 'Undo: คำสั่ง.pdf' }));
    expect(store.getState().assessments[assessment.id]?.evidence).toEqual([named]);
  });
});

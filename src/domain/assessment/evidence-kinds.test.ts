import { describe, expect, it } from 'vitest';
import { maxEvidenceBytes } from './assessment';
import { evidenceFor, evidenceOpenType, evidenceRefusal } from './evidence-kinds';

describe('evidenceRefusal', () => {
  it('takes PDF, images and Office documents up to 10 MB, whatever the case of the extension', () => {
    for (const name of ['order.pdf', 'scan.JPG', 'photo.png', 'report.docx', 'budget.xlsx', 'slides.pptx', 'old.doc', 'memo.odt'])
      expect(evidenceRefusal({ name, size: maxEvidenceBytes }), name).toBeNull();
  });

  it('refuses another kind by its extension, a file over 10 MB, and an empty file', () => {
    expect(evidenceRefusal({ name: 'setup.exe', size: 10 })).toEqual({ code: 'evidence-kind', extension: 'exe' });
    expect(evidenceRefusal({ name: 'no-extension', size: 10 })).toEqual({ code: 'evidence-kind', extension: '' });
    expect(evidenceRefusal({ name: 'page.html', size: 10 })).toEqual({ code: 'evidence-kind', extension: 'html' });
    expect(evidenceRefusal({ name: 'big.pdf', size: maxEvidenceBytes + 1 })).toEqual({ code: 'evidence-too-large', size: maxEvidenceBytes + 1 });
    expect(evidenceRefusal({ name: 'empty.pdf', size: 0 })).toEqual({ code: 'evidence-empty' });
  });
});

describe('evidenceFor', () => {
  it('lists the files of one item, oldest first, and nothing for an assessment without evidence', () => {
    const file = (id: string, attachedTo: string, addedAt: string) => ({ id, attachedTo, addedAt });
    const files = [
      file('b', 'unit:DG100', '2026-11-27T03:00:02Z'),
      file('c', 'action:x1', '2026-11-27T03:00:00Z'),
      file('a', 'unit:DG100', '2026-11-27T03:00:01Z'),
    ];
    expect(evidenceFor(files, 'unit:DG100').map((f) => f.id)).toEqual(['a', 'b']);
    expect(evidenceFor(undefined, 'unit:DG100')).toEqual([]);
  });
});

describe('evidenceOpenType', () => {
  it('opens PDF and images as themselves and anything else as a download, whatever type was claimed', () => {
    expect(evidenceOpenType('order.PDF')).toBe('application/pdf');
    expect(evidenceOpenType('scan.jpg')).toBe('image/jpeg');
    expect(evidenceOpenType('report.docx')).toBe('application/octet-stream');
    expect(evidenceOpenType('page.html')).toBe('application/octet-stream');
    expect(evidenceOpenType('drawing.svg')).toBe('application/octet-stream');
  });
});

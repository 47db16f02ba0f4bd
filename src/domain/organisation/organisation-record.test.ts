import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../assessment/assessment';
import { listAssessmentItems } from '../assessment/assessment-items';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { evidenceCount, rollupRecordSchema } from './organisation-record';
import { heldAgain, heldAssessment } from './organisation-rollup';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const input = { items: { mcio: items }, defaultTarget: 3 as const, today: '2026-12-06' };
const file = (id: string, attachedTo = 'unit:DG100'): EvidenceFile => ({
  id,
  attachedTo,
  name: `ลับมาก ${id}.pdf`,
  size: 1000,
  addedAt: '2026-11-20T03:00:00.000Z',
  sha256: 'e'.repeat(64),
});

describe('evidence in the roll-up (issue 27)', () => {
  it('counts the files an assessment names, each once, and keeps the count alone: no name, no hash', () => {
    // The same file attached to two items (a copy merged from another tab) is one file.
    const assessment = makeAssessment({ evidence: [file('file-0001'), file('file-0002'), file('file-0001', 'unit:DT100')] });
    expect(evidenceCount(assessment)).toBe(2);
    const held = heldAssessment(assessment, 'สมชาย.zip', input);
    expect(held.row.evidence).toBe(2);
    expect(held.record.evidence).toBe(2);
    const kept = JSON.stringify(held.record);
    expect(kept).not.toContain('ลับมาก');
    expect(kept).not.toContain('eeee');
    expect(rollupRecordSchema.safeParse(held.record).success).toBe(true);
  });

  it('holds the count again from a kept record, and counts none where no file is named', () => {
    const held = heldAssessment(makeAssessment({ evidence: [file('file-0001')] }), 'a.json', input);
    const again = heldAgain(held.record, 'a.json', { ...input, today: '2027-01-06' });
    expect(again.row.evidence).toBe(1);
    expect(again.record).toEqual(held.record);
    const none = heldAssessment(makeAssessment(), 'b.json', input);
    expect(none.row.evidence).toBe(0);
    expect(none.record).not.toHaveProperty('evidence');
  });
});

import { createAssessment, type Assessment } from '../domain/assessment/assessment';

/** A fresh assessment for tests, with overrides. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    ...createAssessment({
      id: 'test-assessment',
      title: 'DCIO 2569',
      profileId: 'mcio',
      appointee: { name: 'สมชาย ใจดี', position: 'รองอธิบดี', agency: 'กรมตัวอย่าง', appointedOn: '2025-10-01', assessedOn: '2026-11-27' },
      now: '2026-11-27T09:00:00.000Z',
    }),
    ...overrides,
  };
}

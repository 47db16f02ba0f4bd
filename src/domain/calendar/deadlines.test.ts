import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './calendar-date';
import { acquiredAfterDeadline, deadlineStatus, experienceDeadline } from './deadlines';

describe('experienceDeadline', () => {
  it('is the same calendar day two years after the appointment', () => {
    expect(experienceDeadline('2026-10-01')).toBe('2028-10-01');
    expect(experienceDeadline('2025-12-31')).toBe('2027-12-31');
  });

  it('counts as the Civil and Commercial Code does: 29 February becomes the 28th', () => {
    expect(experienceDeadline('2024-02-29')).toBe('2026-02-28');
  });

  it('is always after the appointment date', () => {
    const isoDates = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(isoDates, (appointedOn) => daysBetween(appointedOn, experienceDeadline(appointedOn)) >= 730));
  });
});

describe('deadlineStatus', () => {
  const appointedOn = '2025-01-15';
  it('is acquired once the experience is there, whatever the date', () => {
    expect(deadlineStatus({ appointedOn, today: '2030-01-01', acquired: true }).status).toBe('acquired');
  });
  it('is on track, due within 180 days, or overdue, with the days left', () => {
    expect(deadlineStatus({ appointedOn, today: '2025-06-01', acquired: false })).toEqual({ deadline: '2027-01-15', daysLeft: 593, status: 'on-track' });
    expect(deadlineStatus({ appointedOn, today: '2026-07-19', acquired: false }).status).toBe('due-soon');
    expect(deadlineStatus({ appointedOn, today: '2026-07-18', acquired: false }).status).toBe('on-track');
    expect(deadlineStatus({ appointedOn, today: '2027-01-15', acquired: false })).toMatchObject({ daysLeft: 0, status: 'due-soon' });
    expect(deadlineStatus({ appointedOn, today: '2027-01-20', acquired: false })).toMatchObject({ daysLeft: -5, status: 'overdue' });
  });
});

describe('acquiredAfterDeadline', () => {
  it('is true only for a date acquired after appointment + 2 years', () => {
    expect(acquiredAfterDeadline('2024-02-29', '2026-02-28')).toBe(false);
    expect(acquiredAfterDeadline('2024-02-29', '2026-03-01')).toBe(true);
    expect(acquiredAfterDeadline('2024-02-29', undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { needsBackupReminder, remindAfterChanges, remindAfterDays } from './storage-notices';

describe('needsBackupReminder', () => {
  const today = '2026-11-28';
  it('stays quiet with nothing to lose, or nothing changed since the last backup', () => {
    expect(needsBackupReminder({ assessments: 0, changes: 50, lastExportedAt: null, today })).toBeNull();
    expect(needsBackupReminder({ assessments: 1, changes: 0, lastExportedAt: null, today })).toBeNull();
  });

  it('reminds one who never backed up after a few changes', () => {
    expect(needsBackupReminder({ assessments: 1, changes: 2, lastExportedAt: null, today })).toBeNull();
    expect(needsBackupReminder({ assessments: 1, changes: 3, lastExportedAt: null, today })).toBe('never');
  });

  it('reminds after many changes, or days, since the last backup', () => {
    const recent = '2026-11-27T10:00:00.000Z';
    expect(needsBackupReminder({ assessments: 1, changes: remindAfterChanges - 1, lastExportedAt: recent, today })).toBeNull();
    expect(needsBackupReminder({ assessments: 1, changes: remindAfterChanges, lastExportedAt: recent, today })).toBe('changes');
    const old = new Date(Date.UTC(2026, 10, 28 - remindAfterDays, 12)).toISOString();
    expect(needsBackupReminder({ assessments: 1, changes: 1, lastExportedAt: old, today })).toBe('days');
  });
});

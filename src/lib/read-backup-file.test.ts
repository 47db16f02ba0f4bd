import { describe, expect, it } from 'vitest';
import { createBackup, maxBackupBytes } from '../domain/files/backup';
import { profileKeysById } from '../domain/files/profile-keys';
import { makeAssessment } from '../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../testing/profile-factory';
import { readBackupFile } from './read-backup-file';

const context = { profiles: profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() }), now: '2026-12-06T05:00:00.000Z' };

describe('readBackupFile', () => {
  it('reads many assessments, telling how far it got, and gives what readBackup gives', async () => {
    const assessments = Array.from({ length: 300 }, (_, index) => makeAssessment({ id: `assessment-${index}`, ratings: { 'unit:DG100': { level: 2 } } }));
    const progress: number[] = [];
    const result = await readBackupFile(
      new Blob([JSON.stringify(createBackup(assessments, { appVersion: 'x', now: context.now }))]),
      context,
      (done, total) => {
        expect(total).toBe(300);
        progress.push(done);
      },
    );
    expect(result).toEqual({ ok: true, assessments, migratedFrom: null });
    expect(progress.at(-1)).toBe(300);
  });

  it('refuses a file over 5 MB by its size, and the first assessment that does not fit its profile', async () => {
    await expect(readBackupFile(new Blob([new Uint8Array(maxBackupBytes + 1)]), context, () => undefined)).resolves.toMatchObject({
      ok: false,
      problem: { code: 'too-large' },
    });
    const bad = [makeAssessment({ id: 'good-one-1' }), makeAssessment({ id: 'bad-one-2', ratings: { 'unit:NOPE': { level: 1 } } })];
    await expect(
      readBackupFile(new Blob([JSON.stringify(createBackup(bad, { appVersion: 'x', now: context.now }))]), context, () => undefined),
    ).resolves.toMatchObject({ ok: false, problem: { code: 'unknown-item', path: 'assessments[1].ratings' } });
  });
});

import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { profileKeysById } from './profile-keys';

describe('profileKeysById', () => {
  it('gives each profile its rated keys, experience ids and every item key, under its abbreviation', () => {
    const keys = profileKeysById({ profiles: [makeProfile()], catalogue: makeCatalogue() }).get('mcio');
    expect(keys?.name).toBe('MCIO');
    expect([...(keys?.ratings ?? [])].sort()).toEqual([
      'behavioural:visioning',
      'criterion:SPM304.1',
      'knowledge:k-one',
      'unit:DG100',
      'unit:DG200',
      'unit:DT100',
      'unit:SPM300',
    ]);
    expect([...(keys?.experience ?? [])]).toEqual(['e-one', 'e-two']);
    expect(keys?.items.has('experience:e-two')).toBe(true);
    expect(keys?.items.has('unit:DG100')).toBe(true);
  });
});

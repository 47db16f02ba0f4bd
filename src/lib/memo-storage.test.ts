import { afterEach, describe, expect, it } from 'vitest';
import { keepMemo, keptMemo } from './memo-storage';
import { createSafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

const storage = createSafeStorage(() => localStorage);
afterEach(() => localStorage.clear());

describe('the memo fields kept in this browser', () => {
  it('gives back the agency, number, subject and to whom as last kept, under their own key', () => {
    expect(keptMemo(storage)).toEqual({ agency: '', number: '', subject: '', to: '' });
    keepMemo(storage, { agency: 'กรมตัวอย่าง', number: 'ดศ 0501/1234', subject: 'รายงานผล', to: 'ปลัดกระทรวง' });
    expect(keptMemo(storage)).toEqual({ agency: 'กรมตัวอย่าง', number: 'ดศ 0501/1234', subject: 'รายงานผล', to: 'ปลัดกระทรวง' });
    expect(Object.keys(JSON.parse(localStorage.getItem(storageKeys.memo) ?? '{}'))).toEqual(['agency', 'number', 'subject', 'to']);
  });

  it('offers nothing for what no longer reads, and never the date', () => {
    localStorage.setItem(storageKeys.memo, 'not json');
    expect(keptMemo(storage)).toEqual({ agency: '', number: '', subject: '', to: '' });
    localStorage.setItem(storageKeys.memo, JSON.stringify({ agency: 7, date: '2026-11-28' }));
    expect(keptMemo(storage)).toEqual({ agency: '', number: '', subject: '', to: '' });
    keepMemo(storage, { agency: 'ก', number: '', subject: '', to: '', date: '2026-11-28' } as never);
    expect(JSON.parse(localStorage.getItem(storageKeys.memo) ?? '{}')).not.toHaveProperty('date');
  });
});

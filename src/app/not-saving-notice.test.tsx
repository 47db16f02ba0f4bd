import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../lib/safe-storage';
import { storageKey } from '../lib/storage-keys';
import { renderWithStore } from '../testing/render-app';
import { makeTestStore } from '../testing/test-store';
import { StorageNotices } from './storage-notices';

/** jsdom's localStorage with reads of the app's key failing while `failing.reads` is true. */
function storageWithFailingReads() {
  const failing = { reads: true };
  const backend: Storage = {
    get length() {
      return localStorage.length;
    },
    clear: () => localStorage.clear(),
    key: (index) => localStorage.key(index),
    getItem(key) {
      if (failing.reads && key === storageKey) throw new DOMException('read failed', 'UnknownError');
      return localStorage.getItem(key);
    },
    setItem: (key, value) => localStorage.setItem(key, value),
    removeItem: (key) => localStorage.removeItem(key),
  };
  return { failing, storage: createSafeStorage(() => backend) };
}

describe('the notice when the app may not save', () => {
  it('says a failed read is not an empty store, writes nothing over it, and goes once a read succeeds', () => {
    const stored = JSON.stringify({ state: { language: 'th', assessments: {}, currentAssessmentId: null }, version: 6 });
    localStorage.setItem(storageKey, stored);
    const { failing, storage } = storageWithFailingReads();
    const store = makeTestStore({ storage });
    renderWithStore(store, <StorageNotices onBackupScreen={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('เบราว์เซอร์อ่านข้อมูลที่บันทึกไว้ไม่ได้ในขณะนี้');
    expect(screen.getByRole('link', { name: 'ส่งออกไฟล์สำรองตอนนี้' })).toHaveAttribute('href', '#/backup');
    act(() => store.getState().chooseLanguage('en'));
    expect(localStorage.getItem(storageKey)).toBe(stored);
    failing.reads = false;
    act(() => store.getState().chooseLanguage('th'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '').state.language).toBe('th');
  });
});

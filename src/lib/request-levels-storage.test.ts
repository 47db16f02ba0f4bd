import { afterEach, describe, expect, it } from 'vitest';
import { keepRequestLevels, keptRequestLevels } from './request-levels-storage';
import { createSafeStorage } from './safe-storage';
import { storageKeys } from './storage-keys';

const storage = createSafeStorage(() => localStorage);
afterEach(() => localStorage.clear());

describe("a review request's levels kept in this browser", () => {
  it('gives back the levels as last kept, blank ones included, under their own key', () => {
    expect(keptRequestLevels(storage)).toBeNull();
    keepRequestLevels(storage, ['อธิบดี', 'ปลัดกระทรวง', '']);
    expect(keptRequestLevels(storage)).toEqual(['อธิบดี', 'ปลัดกระทรวง', '']);
    expect(JSON.parse(localStorage.getItem(storageKeys.requestLevels) ?? 'null')).toEqual(['อธิบดี', 'ปลัดกระทรวง', '']);
  });

  it('offers nothing for what no longer reads', () => {
    localStorage.setItem(storageKeys.requestLevels, 'not json');
    expect(keptRequestLevels(storage)).toBeNull();
    localStorage.setItem(storageKeys.requestLevels, JSON.stringify([1, 2]));
    expect(keptRequestLevels(storage)).toBeNull();
  });
});

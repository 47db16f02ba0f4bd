import { describe, expect, it } from 'vitest';
import { initialPersistedState, migratePersistedState, persistedVersion } from './persistence';
import version1 from '../../tests/fixtures/persisted-v1.json';

describe('migratePersistedState', () => {
  it('reads the frozen version 1 blob', () => {
    expect(migratePersistedState(version1.state, version1.version)).toEqual({ language: 'en' });
  });

  it('falls back to the defaults for a state that does not parse', () => {
    expect(migratePersistedState({ language: 'fr' }, 1)).toEqual(initialPersistedState);
    expect(migratePersistedState('junk', 1)).toEqual(initialPersistedState);
  });

  it('does not trust a state from a newer version than it knows', () => {
    expect(migratePersistedState({ language: 'en' }, persistedVersion + 1)).toEqual(initialPersistedState);
  });
});

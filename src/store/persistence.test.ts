import { describe, expect, it } from 'vitest';
import { initialPersistedState, migratePersistedState, persistedVersion, salvagePersistedState } from './persistence';
import version1 from '../../tests/fixtures/persisted-v1.json';
import version2 from '../../tests/fixtures/persisted-v2.json';
import version3 from '../../tests/fixtures/persisted-v3.json';

describe('migratePersistedState', () => {
  it('brings the frozen version 1 blob to the current version, keeping the language', () => {
    expect(migratePersistedState(version1.state, version1.version)).toEqual({ language: 'en', assessments: {}, currentAssessmentId: null });
  });

  it('brings the frozen version 2 blob to the current version with every rating, note and date intact', () => {
    const state = migratePersistedState(version2.state, version2.version);
    const assessment = version2.state.assessments.a1b2c3d4;
    expect(state.assessments.a1b2c3d4).toEqual({ ...assessment, actions: [], rounds: [] });
    expect(state.currentAssessmentId).toBe('a1b2c3d4');
  });

  it('reads the frozen version 3 blob, plan and rounds included, unchanged', () => {
    expect(persistedVersion).toBe(3);
    expect(migratePersistedState(version3.state, version3.version)).toEqual(version3.state);
  });

  it('falls back to the defaults for a state that is not an object', () => {
    expect(migratePersistedState('junk', 1)).toEqual(initialPersistedState);
  });
});

describe('salvagePersistedState', () => {
  it('keeps the assessments that parse and names the ones it drops', () => {
    const broken = structuredClone(version2.state) as unknown as { assessments: Record<string, unknown>; language: string };
    broken.assessments.zzzzzzzz = { id: 'zzzzzzzz', title: 'bad' };
    broken.language = 'fr';
    const { state, dropped } = salvagePersistedState(broken);
    expect(Object.keys(state.assessments)).toEqual(['a1b2c3d4']);
    expect(state.language).toBe('th');
    expect(dropped).toEqual(['language', 'assessments.zzzzzzzz']);
  });

  it('forgets a current assessment that is not there', () => {
    expect(salvagePersistedState({ language: 'en', assessments: {}, currentAssessmentId: 'gone1234' }).state.currentAssessmentId).toBeNull();
  });
});

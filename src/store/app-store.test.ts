import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './app-store';
import { initialPersistedState, persistedVersion } from './persistence';
import { storageKey } from './storage-key';

const appointee = { name: '', position: 'ผู้อำนวยการ', agency: 'กรมตัวอย่าง', appointedOn: '2026-01-05', assessedOn: '2026-11-27' };
const stored = () => JSON.parse(localStorage.getItem(storageKey) ?? 'null');

beforeEach(() => {
  useAppStore.setState({ ...initialPersistedState, unreadableOnLoad: [] });
});

describe('the app store', () => {
  it('saves the chosen language under the versioned storage key', () => {
    useAppStore.getState().chooseLanguage('en');
    expect(useAppStore.getState().language).toBe('en');
    expect(stored()).toMatchObject({ state: { language: 'en' }, version: persistedVersion });
  });

  it('starts an assessment, makes it current, and saves every rating at once', () => {
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee, title: 'DCIO 2569' });
    store.rateItem(id, 'unit:DG100', 2);
    store.setItemTarget(id, 'unit:DG100', 4);
    store.noteItem(id, 'unit:DG100', 'หลักฐาน');
    store.recordExperience(id, 'study-visit', { status: 'some' });
    expect(useAppStore.getState().currentAssessmentId).toBe(id);
    expect(stored().state.assessments[id]).toMatchObject({
      ratings: { 'unit:DG100': { level: 2, target: 4, note: 'หลักฐาน' } },
      experience: { 'study-visit': { status: 'some' } },
    });
  });

  it('renames, duplicates, switches and deletes assessments', () => {
    const store = useAppStore.getState();
    const first = store.startAssessment({ profileId: 'mcio', appointee, title: 'one' });
    store.rateItem(first, 'unit:DG100', 3);
    store.renameAssessment(first, 'first');
    const copy = store.duplicateAssessment(first, 'copy') ?? '';
    expect(useAppStore.getState().assessments[copy]?.ratings).toEqual({ 'unit:DG100': { level: 3 } });
    expect(useAppStore.getState().currentAssessmentId).toBe(copy);
    store.switchAssessment(first);
    expect(useAppStore.getState().currentAssessmentId).toBe(first);
    store.deleteAssessment(first);
    expect(Object.values(useAppStore.getState().assessments).map((a) => a.title)).toEqual(['copy']);
    expect(useAppStore.getState().currentAssessmentId).toBeNull();
  });

  it('keeps a development plan and starts a new round', () => {
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    const actionId = store.addAction(id, { kind: 'course', description: 'PDPA', targetOn: '2027-03-31', status: 'planned', serves: ['unit:DG100'] });
    store.updateAction(id, actionId, { status: 'done' });
    store.startRound(id, '2027-11-27');
    const saved = stored().state.assessments[id];
    expect(saved.actions).toEqual([{ id: actionId, kind: 'course', description: 'PDPA', targetOn: '2027-03-31', status: 'done', serves: ['unit:DG100'] }]);
    expect(saved.rounds.map((round: { number: number }) => round.number)).toEqual([1]);
    expect(saved.appointee.assessedOn).toBe('2027-11-27');
    store.removeAction(id, actionId);
    expect(stored().state.assessments[id].actions).toEqual([]);
  });

  it('imports assessments, replacing one with the same id or keeping both', () => {
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee, title: 'mine' });
    const mine = useAppStore.getState().assessments[id];
    if (!mine) throw new Error('not started');
    const incoming = { ...mine, title: 'theirs' };
    const [kept] = store.importAssessments([incoming], 'keep-both', '(imported)');
    expect(kept).not.toBe(id);
    expect(useAppStore.getState().assessments[kept ?? '']?.title).toBe('theirs (imported)');
    expect(useAppStore.getState().assessments[id]?.title).toBe('mine');
    store.importAssessments([incoming], 'replace', '(imported)');
    expect(useAppStore.getState().assessments[id]?.title).toBe('theirs');
  });

  it('ignores actions on an assessment that does not exist', () => {
    useAppStore.getState().rateItem('missing1', 'unit:DG100', 1);
    expect(useAppStore.getState().assessments).toEqual({});
  });

  it('restores a saved state when rehydrating, and backs up what it cannot read', async () => {
    const good = { language: 'en', assessments: {}, currentAssessmentId: null };
    localStorage.setItem(storageKey, JSON.stringify({ state: good, version: persistedVersion }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().language).toBe('en');

    const raw = JSON.stringify({ state: { ...good, assessments: { broken12: { id: 'broken12' } } }, version: persistedVersion });
    localStorage.setItem(storageKey, raw);
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().unreadableOnLoad).toEqual(['assessments.broken12']);
    const backupKey = Object.keys(localStorage).find((key) => key.startsWith(`${storageKey}:unreadable:`));
    expect(backupKey && localStorage.getItem(backupKey)).toBe(raw);
  });
});

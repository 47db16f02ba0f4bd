import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schemaVersion as persistedVersion } from '../domain/migrations';
import { initialStoredState } from '../domain/stored-state';
import { makeAssessment } from '../testing/assessment-factory';
import { followOtherTabs, notifyAfterNextPaint, useAppStore, withChangesStamped } from './app-store';
import { storageKey } from './storage-key';

const appointee = { name: '', position: 'ผู้อำนวยการ', agency: 'กรมตัวอย่าง', appointedOn: '2026-01-05', assessedOn: '2026-11-27' };
const stored = () => JSON.parse(localStorage.getItem(storageKey) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ ...initialStoredState });
});

afterEach(() => {
  vi.useRealTimers();
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

  it('merges what another tab saved item by item, keeping this tab\'s own edit', () => {
    const stop = followOtherTabs();
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    const theirs = stored();
    theirs.state.assessments[id].ratings['unit:DT100'] = { level: 4 };
    theirs.state.clocks[id]['r:unit:DT100'] = Date.now() + 1000;
    const text = JSON.stringify(theirs);
    localStorage.setItem(storageKey, text);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: text }));
    expect(useAppStore.getState().assessments[id]?.ratings).toEqual({ 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } });
    store.rateItem(id, 'unit:DS100', 2);
    expect(Object.keys(stored().state.assessments[id].ratings).sort()).toEqual(['unit:DG100', 'unit:DS100', 'unit:DT100']);
    stop();
  });

  it('counts changes since the last export and resets them when the user exports', () => {
    const store = useAppStore.getState();
    const before = useAppStore.getState().changesSinceExport;
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    expect(useAppStore.getState().changesSinceExport - before).toBe(2);
    store.exportedBackup('2026-11-28T05:00:00.000Z');
    expect(useAppStore.getState()).toMatchObject({ changesSinceExport: 0, lastExportedAt: '2026-11-28T05:00:00.000Z' });
    expect(stored().state.lastExportedAt).toBe('2026-11-28T05:00:00.000Z');
  });

  it('stamps a rating with its clock in the same update: the screen hears of it once, and it is written with its clock', () => {
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    let updates = 0;
    const stop = useAppStore.subscribe(() => (updates += 1));
    const before = Date.now();
    store.rateItem(id, 'unit:DG100', 2);
    stop();
    expect(updates).toBe(1);
    const clock = useAppStore.getState().clocks[id]?.['r:unit:DG100'] ?? 0;
    expect(clock).toBeGreaterThanOrEqual(before);
    expect(stored().state.clocks[id]['r:unit:DG100']).toBe(clock);
  });

  it('holds a rating the browser already shows for a frame: in the state at once, written after the paint or before the page is left', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    let updates = 0;
    const stop = useAppStore.subscribe(() => (updates += 1));
    notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 2));
    expect(useAppStore.getState().assessments[id]?.ratings['unit:DG100']).toEqual({ level: 2 });
    expect(updates).toBe(0);
    expect(stored().state.assessments[id].ratings).toEqual({});
    vi.advanceTimersToNextFrame();
    expect(updates).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stored().state.assessments[id].ratings).toEqual({ 'unit:DG100': { level: 2 } });
    expect(updates).toBe(1);
    notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 3));
    window.dispatchEvent(new Event('pagehide'));
    expect(stored().state.assessments[id].ratings).toEqual({ 'unit:DG100': { level: 3 } });
    expect(updates).toBe(2);
    stop();
  });

  it('keeps a held rating when another tab saves before it is written', () => {
    const stop = followOtherTabs();
    const store = useAppStore.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    const theirs = stored();
    theirs.state.assessments[id].ratings['unit:DT100'] = { level: 4 };
    theirs.state.clocks[id]['r:unit:DT100'] = Date.now() + 1000;
    const text = JSON.stringify(theirs);
    notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 1));
    localStorage.setItem(storageKey, text);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: text }));
    window.dispatchEvent(new Event('pagehide'));
    const both = { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } };
    expect(useAppStore.getState().assessments[id]?.ratings).toEqual(both);
    expect(stored().state.assessments[id].ratings).toEqual(both);
    stop();
  });

  it('stamps a change made with setState from outside the actions too', () => {
    const assessment = makeAssessment({ id: 'outside-1' });
    const before = Date.now();
    useAppStore.setState({ assessments: { [assessment.id]: assessment } });
    const created = useAppStore.getState().clocks[assessment.id]?.created;
    expect(created).toBeGreaterThanOrEqual(before);
    expect(created).toBeLessThanOrEqual(Date.now());
    expect(stored().state.assessments[assessment.id]).toEqual(assessment);
  });
});

describe('withChangesStamped', () => {
  const assessment = makeAssessment({ id: 'stamp-1' });
  const state = { ...initialStoredState, assessments: { [assessment.id]: assessment }, clocks: { [assessment.id]: { created: 1 } } };

  it('returns a change of nothing stored as it is', () => {
    const change = { language: state.language };
    expect(withChangesStamped(state, change, 5)).toBe(change);
  });

  it('stamps the changed items with the time and counts the change', () => {
    const rated = { ...assessment, ratings: { 'unit:DG100': { level: 2 as const } } };
    const stamped = withChangesStamped(state, { assessments: { [assessment.id]: rated } }, 7);
    expect(stamped.assessments?.[assessment.id]).toBe(rated);
    expect(stamped.clocks?.[assessment.id]).toEqual({ created: 1, 'r:unit:DG100': 7 });
    expect(stamped.changesSinceExport).toBe(state.changesSinceExport + 1);
  });

  it('marks a deleted assessment', () => {
    expect(withChangesStamped(state, { assessments: {} }, 9).deleted).toEqual({ [assessment.id]: 9 });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schemaVersion as persistedVersion } from '../domain/assessment/migrations';
import { initialStoredState } from '../domain/assessment/stored-state';
import { setClock } from '../lib/clock';
import { browserScheduler, immediateScheduler } from '../lib/scheduler';
import { makeAssessment } from '../testing/assessment-factory';
import { makeTestStore, testNow } from '../testing/test-store';
import { createSafeStorage } from '../lib/safe-storage';
import { createAppStore, withChangesStamped, type AppStore } from './app-store';
import { storageKey } from '../lib/storage-keys';

const appointee = { name: '', position: 'ผู้อำนวยการ', agency: 'กรมตัวอย่าง', appointedOn: '2026-01-05', assessedOn: '2026-11-27' };
const stored = () => JSON.parse(localStorage.getItem(storageKey) ?? 'null');

let app: AppStore;
beforeEach(() => {
  localStorage.clear();
  app = makeTestStore();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the app store', () => {
  it('saves the chosen language under the versioned storage key', () => {
    app.getState().chooseLanguage('en');
    expect(app.getState().language).toBe('en');
    expect(stored()).toMatchObject({ state: { language: 'en' }, version: persistedVersion });
  });

  it('starts an assessment, makes it current, and saves every rating at once', () => {
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee, title: 'DCIO 2569' });
    store.rateItem(id, 'unit:DG100', 2);
    store.setItemTarget(id, 'unit:DG100', 4);
    store.noteItem(id, 'unit:DG100', 'หลักฐาน');
    store.recordExperience(id, 'study-visit', { status: 'some' });
    expect(app.getState().currentAssessmentId).toBe(id);
    expect(stored().state.assessments[id]).toMatchObject({
      ratings: { 'unit:DG100': { level: 2, target: 4, note: 'หลักฐาน' } },
      experience: { 'study-visit': { status: 'some' } },
    });
  });

  it('renames, duplicates, switches and deletes assessments', () => {
    const store = app.getState();
    const first = store.startAssessment({ profileId: 'mcio', appointee, title: 'one' });
    store.rateItem(first, 'unit:DG100', 3);
    store.renameAssessment(first, 'first');
    const copy = store.duplicateAssessment(first, 'copy', false) ?? '';
    expect(app.getState().assessments[copy]?.ratings).toEqual({ 'unit:DG100': { level: 3 } });
    expect(app.getState().currentAssessmentId).toBe(copy);
    store.switchAssessment(first);
    expect(app.getState().currentAssessmentId).toBe(first);
    store.deleteAssessment(first);
    expect(Object.values(app.getState().assessments).map((a) => a.title)).toEqual(['copy']);
    expect(app.getState().currentAssessmentId).toBeNull();
  });

  it('keeps a development plan and starts a new round on the day the clock gives', () => {
    const clock = setClock(testNow);
    app = makeTestStore({ clock });
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    const actionId = store.addAction(id, { kind: 'course', description: 'PDPA', targetOn: '2027-03-31', status: 'planned', serves: ['unit:DG100'] });
    store.updateAction(id, actionId, { status: 'done' });
    clock.set('2027-11-27T03:00:00.000Z');
    store.startRound(id, false);
    const saved = stored().state.assessments[id];
    expect(saved.actions).toEqual([{ id: actionId, kind: 'course', description: 'PDPA', targetOn: '2027-03-31', status: 'done', serves: ['unit:DG100'] }]);
    expect(saved.rounds.map((round: { number: number }) => round.number)).toEqual([1]);
    expect(saved.appointee.assessedOn).toBe('2027-11-27');
    store.removeAction(id, actionId);
    expect(stored().state.assessments[id].actions).toEqual([]);
  });

  it('names an evidence file on the assessment, forgets it when removed, and takes it back on undo', () => {
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    const file = { id: 'evidence01', attachedTo: 'experience:study-visit', name: 'order.pdf', size: 10, addedAt: testNow, sha256: 'a'.repeat(64) };
    store.setEvidenceAttached(id, file, true);
    store.setEvidenceAttached(id, file, true);
    expect(stored().state.assessments[id].evidence).toEqual([file]);
    store.setEvidenceAttached(id, file, false);
    expect(stored().state.assessments[id].evidence).toEqual([]);
    store.setEvidenceAttached(id, file, true);
    expect(stored().state.assessments[id].evidence).toEqual([file]);
  });

  it('imports assessments, replacing one with the same id or keeping both', () => {
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee, title: 'mine' });
    const mine = app.getState().assessments[id];
    if (!mine) throw new Error('not started');
    const incoming = { ...mine, title: 'theirs' };
    const [kept] = store.importAssessments([incoming], 'keep-both', '(imported)');
    expect(kept).not.toBe(id);
    expect(app.getState().assessments[kept ?? '']?.title).toBe('theirs (imported)');
    expect(app.getState().assessments[id]?.title).toBe('mine');
    store.importAssessments([incoming], 'replace', '(imported)');
    expect(app.getState().assessments[id]?.title).toBe('theirs');
  });

  it('ignores actions on an assessment that does not exist', () => {
    app.getState().rateItem('missing1', 'unit:DG100', 1);
    expect(app.getState().assessments).toEqual({});
  });

  it("merges what another tab saved item by item, keeping this tab's own edit", () => {
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    const theirs = stored();
    theirs.state.assessments[id].ratings['unit:DT100'] = { level: 4 };
    theirs.state.clocks[id]['r:unit:DT100'] = app.clock.now().getTime() + 1000;
    const text = JSON.stringify(theirs);
    localStorage.setItem(storageKey, text);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: text }));
    expect(app.getState().assessments[id]?.ratings).toEqual({ 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } });
    store.rateItem(id, 'unit:DS100', 2);
    expect(Object.keys(stored().state.assessments[id].ratings).sort()).toEqual(['unit:DG100', 'unit:DS100', 'unit:DT100']);
  });

  it('counts changes since the last export and resets them when the user exports', () => {
    const store = app.getState();
    const before = app.getState().changesSinceExport;
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    store.rateItem(id, 'unit:DG100', 1);
    expect(app.getState().changesSinceExport - before).toBe(2);
    store.exportedBackup('2026-11-28T05:00:00.000Z');
    expect(app.getState()).toMatchObject({ changesSinceExport: 0, lastExportedAt: '2026-11-28T05:00:00.000Z' });
    expect(stored().state.lastExportedAt).toBe('2026-11-28T05:00:00.000Z');
  });

  it('stamps a rating with its clock in the same update: the screen hears of it once, and it is written with its clock', () => {
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    let updates = 0;
    const stop = app.subscribe(() => (updates += 1));
    store.rateItem(id, 'unit:DG100', 2);
    stop();
    expect(updates).toBe(1);
    const clock = app.getState().clocks[id]?.['r:unit:DG100'] ?? 0;
    expect(clock).toBe(Date.parse(testNow));
    expect(stored().state.clocks[id]['r:unit:DG100']).toBe(clock);
  });

  it('holds a rating the browser already shows for a frame: in the state at once, written after the paint or before the page is left', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    app = makeTestStore({ scheduler: browserScheduler });
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    let updates = 0;
    const stop = app.subscribe(() => (updates += 1));
    app.notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 2));
    expect(app.getState().assessments[id]?.ratings['unit:DG100']).toEqual({ level: 2 });
    expect(updates).toBe(0);
    expect(stored().state.assessments[id].ratings).toEqual({});
    vi.advanceTimersToNextFrame();
    expect(updates).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stored().state.assessments[id].ratings).toEqual({ 'unit:DG100': { level: 2 } });
    expect(updates).toBe(1);
    app.notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 3));
    window.dispatchEvent(new Event('pagehide'));
    expect(stored().state.assessments[id].ratings).toEqual({ 'unit:DG100': { level: 3 } });
    expect(updates).toBe(2);
    stop();
  });

  it('keeps a held rating when another tab saves before it is written', () => {
    app = makeTestStore({ scheduler: browserScheduler });
    const store = app.getState();
    const id = store.startAssessment({ profileId: 'dcio', appointee });
    const theirs = stored();
    theirs.state.assessments[id].ratings['unit:DT100'] = { level: 4 };
    theirs.state.clocks[id]['r:unit:DT100'] = app.clock.now().getTime() + 1000;
    const text = JSON.stringify(theirs);
    app.notifyAfterNextPaint(() => store.rateItem(id, 'unit:DG100', 1));
    localStorage.setItem(storageKey, text);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: text }));
    window.dispatchEvent(new Event('pagehide'));
    const both = { 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } };
    expect(app.getState().assessments[id]?.ratings).toEqual(both);
    expect(stored().state.assessments[id].ratings).toEqual(both);
  });

  it('stamps a change made with setState from outside the actions too', () => {
    const assessment = makeAssessment({ id: 'outside-1' });
    app.setState({ assessments: { [assessment.id]: assessment } });
    // Stamped with the store's clock (makeTestStore's: testNow).
    expect(app.getState().clocks[assessment.id]?.created).toBe(Date.parse(testNow));
    expect(stored().state.assessments[assessment.id]).toEqual(assessment);
  });
});

describe('createAppStore', () => {
  it('reads what is stored when it is made, and writes nothing more once its client is closed', () => {
    const first = makeTestStore();
    const id = first.getState().startAssessment({ profileId: 'dcio', appointee });
    const { store, client } = createAppStore({ storage: createSafeStorage(() => localStorage), clock: setClock(testNow), scheduler: immediateScheduler });
    expect(Object.keys(store.getState().assessments)).toEqual([id]);
    client.close();
    const before = localStorage.getItem(storageKey);
    store.getState().rateItem(id, 'unit:DG100', 4);
    expect(store.getState().assessments[id]?.ratings['unit:DG100']).toEqual({ level: 4 });
    expect(localStorage.getItem(storageKey)).toBe(before);
  });

  it("merges another tab's write that came before the merge's code, once the code is in", async () => {
    const first = makeTestStore();
    const id = first.getState().startAssessment({ profileId: 'dcio', appointee });
    const { store } = createAppStore({
      storage: createSafeStorage(() => localStorage),
      clock: setClock(testNow),
      scheduler: immediateScheduler,
      events: window,
    });
    // Another tab rates DT100 and writes; this store, its merge not yet loaded, rates DG100.
    first.getState().rateItem(id, 'unit:DT100', 4);
    store.getState().rateItem(id, 'unit:DG100', 1);
    await vi.waitFor(() => expect(stored().state.assessments[id].ratings).toEqual({ 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } }));
    expect(store.getState().assessments[id]?.ratings).toEqual({ 'unit:DG100': { level: 1 }, 'unit:DT100': { level: 4 } });
  });

  it('gives today from its clock and follows the day while the tab stays open', () => {
    const clock = setClock(new Date(2027, 11, 31, 23, 30));
    const store = makeTestStore({ clock });
    expect(store.getState().today).toBe('2027-12-31');
    clock.set(new Date(2028, 0, 1, 0, 0, 30));
    expect(store.getState().today).toBe('2028-01-01');
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

import { describe, expect, it } from 'vitest';
import version1 from '../../../tests/fixtures/persisted-v1.json';
import version2 from '../../../tests/fixtures/persisted-v2.json';
import version3 from '../../../tests/fixtures/persisted-v3.json';
import version4 from '../../../tests/fixtures/persisted-v4.json';
import version5 from '../../../tests/fixtures/persisted-v5.json';
import version6 from '../../../tests/fixtures/persisted-v6.json';
import version7 from '../../../tests/fixtures/persisted-v7.json';
import version8 from '../../../tests/fixtures/persisted-v8.json';
import version9 from '../../../tests/fixtures/persisted-v9.json';
import version10 from '../../../tests/fixtures/persisted-v10.json';
import version11 from '../../../tests/fixtures/persisted-v11.json';
import { schemaVersion } from './migrations';
import { initialStoredState, readStoredText, salvageStoredState, storedText } from './stored-state';

describe('readStoredText', () => {
  it('brings the frozen version 1 blob to the current version, keeping the language', () => {
    const read = readStoredText(JSON.stringify(version1));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 1, setAsideNow: [], state: { language: 'en', assessments: {}, currentAssessmentId: null } });
  });

  it('brings the frozen version 2 blob to the current version with every rating, note and date intact', () => {
    const read = readStoredText(JSON.stringify(version2));
    const assessment = version2.state.assessments.a1b2c3d4;
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4).toEqual({ ...assessment, actions: [], rounds: [] });
    expect(read.kind === 'read' && read.migratedFrom).toBe(2);
  });

  it('reads the frozen version 3 blob, plan and rounds included, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version3));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 3, state: version3.state });
  });

  it('reads the frozen version 4 blob, reviews included, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version4));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 4, setAsideNow: [], state: { assessments: version4.state.assessments } });
  });

  it('reads the frozen version 5 blob, the review requests kept included, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version5));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 5, setAsideNow: [], state: { assessments: version5.state.assessments } });
  });

  it('reads the frozen version 6 blob, an action from the catalogue with its hours and link included, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version6));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 6, setAsideNow: [], state: { assessments: version6.state.assessments } });
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4?.actions?.[1]).toMatchObject({
      resourceId: 'DGA-101',
      hours: 18,
      link: 'https://example.org/courses/dga-101',
    });
  });

  it('reads the frozen version 7 blob, the basis of the figures included, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version7));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 7, setAsideNow: [], state: { assessments: version7.state.assessments } });
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4?.gapBasis).toEqual({ view: 'lower', reviewId: 'review-0001' });
  });

  it('reads the frozen version 8 blob, a round with its own reviews, unchanged but for the version', () => {
    const read = readStoredText(JSON.stringify(version8));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: 8, setAsideNow: [], state: { assessments: version8.state.assessments } });
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4?.rounds?.[0]?.reviews?.map((review) => review.id)).toEqual(['review-0001']);
  });

  it('reads the frozen version 9 blob, a review with its chain of opinions, acknowledgement and receipt, unchanged', () => {
    const read = readStoredText(JSON.stringify(version9));
    // Read as it is while 9 is the current version; migrated from 9 once a later version exists.
    expect(read).toMatchObject({
      kind: 'read',
      migratedFrom: Number(schemaVersion) === 9 ? null : 9,
      setAsideNow: [],
      state: { assessments: version9.state.assessments },
    });
    const review = read.kind === 'read' ? read.state.assessments.a1b2c3d4?.reviews?.[0] : undefined;
    expect([review?.verdict, review?.chain?.opinions.map((opinion) => opinion.verdict), review?.acknowledged?.signedOn, review?.received?.signedOn]).toEqual([
      'partly',
      ['agree'],
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it("reads the frozen version 11 blob, a later level's comment on the plan, unchanged", () => {
    const read = readStoredText(JSON.stringify(version11));
    expect(read).toMatchObject({ kind: 'read', migratedFrom: Number(schemaVersion) === 11 ? null : 11, setAsideNow: [] });
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4?.reviews?.[0]?.chain?.opinions[0]?.planComment).toBe(
      'ให้ส่งเข้าหลักสูตรธรรมาภิบาลข้อมูลในไตรมาสแรก',
    );
  });

  it('reads the frozen version 10 blob, evidence files named on an experience and an action, unchanged', () => {
    const read = readStoredText(JSON.stringify(version10));
    // Read as it is while 10 is the current version; migrated from 10 once a later version exists.
    expect(read).toMatchObject({
      kind: 'read',
      migratedFrom: Number(schemaVersion) === 10 ? null : 10,
      setAsideNow: [],
      state: { assessments: version10.state.assessments },
    });
    expect(read.kind === 'read' && read.state.assessments.a1b2c3d4?.evidence?.map((file) => file.attachedTo)).toEqual([
      'experience:enterprise-architecture',
      'action:action01',
    ]);
  });

  it('sets aside, by name and as raw text, an assessment that no longer parses after migration', () => {
    const broken = structuredClone(version2) as unknown as { state: { assessments: Record<string, unknown> }; version: number };
    broken.state.assessments.zzzzzzzz = { id: 'zzzzzzzz', title: 'bad' };
    const read = readStoredText(JSON.stringify(broken));
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(Object.keys(read.state.assessments)).toEqual(['a1b2c3d4']);
    expect(read.setAsideNow).toEqual(['assessments.zzzzzzzz']);
    expect(JSON.parse(read.state.setAside['assessments.zzzzzzzz'] ?? '')).toEqual({ id: 'zzzzzzzz', title: 'bad', actions: [], rounds: [] });
    // Written back and read again, what was set aside is still there by name, and nothing new is reported.
    const again = readStoredText(storedText(read.state));
    expect(again.kind === 'read' && Object.keys(again.state.setAside)).toEqual(['assessments.zzzzzzzz']);
    expect(again.kind === 'read' && again.setAsideNow).toEqual([]);
  });

  it('never migrates data from a newer version: it says so and reads nothing', () => {
    const read = readStoredText(JSON.stringify({ state: version3.state, version: schemaVersion + 1 }));
    expect(read).toEqual({ kind: 'newer', version: schemaVersion + 1, state: initialStoredState });
  });

  it('tells text that is not JSON, and JSON that is not ours, from an empty store', () => {
    expect(readStoredText(null).kind).toBe('empty');
    expect(readStoredText('{"state": {"language": "th"')).toMatchObject({ kind: 'unreadable', reason: 'not-json' });
    expect(readStoredText('[1, 2]')).toMatchObject({ kind: 'unreadable', reason: 'not-ours' });
    expect(readStoredText('{"state": {}, "version": "three"}')).toMatchObject({ kind: 'unreadable', reason: 'not-ours' });
  });
});

describe('salvageStoredState', () => {
  it('forgets a current assessment that is not there and an unknown language', () => {
    const { state } = salvageStoredState({ language: 'fr', assessments: {}, currentAssessmentId: 'gone1234' });
    expect(state.currentAssessmentId).toBeNull();
    expect(state.language).toBe('th');
  });
});

import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { applyPlanChanges, planChanges } from './plan-changes';
import { createPlanHandoff, parsePlanHandoffFor, planHandoffSchemaVersion } from './plan-handoff';
import type { DevelopmentAction } from './development-action';
import { makeCatalogue, makeProfile } from '../testing/profile-factory';
import { profileKeysOf } from './profile-keys';
import { listAssessmentItems } from './assessment-items';

const action = (id: string, overrides: Partial<DevelopmentAction> = {}): DevelopmentAction => ({
  id,
  kind: 'course',
  description: `action ${id}`,
  targetOn: '2027-06-01',
  status: 'planned',
  serves: ['unit:DG100'],
  ...overrides,
});

const base = [action('keep-1'), action('edit-1'), action('drop-1'), action('mine-1')];

describe('planChanges', () => {
  it('lists what the assistant added, changed (old and new) and removed, and nothing else', () => {
    const ours = base;
    const theirs = [action('keep-1'), action('edit-1', { targetOn: '2027-03-01', status: 'in-progress' }), action('mine-1'), action('new-001')];
    const changes = planChanges(base, ours, theirs);
    expect(changes).toEqual([
      { kind: 'changed', id: 'edit-1', before: action('edit-1'), after: action('edit-1', { targetOn: '2027-03-01', status: 'in-progress' }), fields: ['targetOn', 'status'], changedHere: false },
      { kind: 'new', id: 'new-001', action: action('new-001'), deletedHere: false },
      { kind: 'removed', id: 'drop-1', action: action('drop-1'), changedHere: false },
    ]);
  });

  it("never lists the appointee's own edits since the backup as the assistant's", () => {
    const ours = [action('keep-1', { description: 'mine now' }), action('edit-1'), action('drop-1'), action('added-here')];
    expect(planChanges(base, ours, base)).toEqual([]);
  });

  it('flags a change to an action the appointee also changed, or deleted', () => {
    const ours = [action('edit-1', { description: 'my words' }), action('drop-1', { status: 'done' })];
    const theirs = [action('edit-1', { description: 'their words' }), action('keep-1', { status: 'done' })];
    const changes = planChanges(base, ours, theirs);
    expect(changes.find((change) => change.id === 'edit-1')).toMatchObject({ kind: 'changed', changedHere: true, fields: ['description'] });
    expect(changes.find((change) => change.id === 'keep-1')).toMatchObject({ kind: 'new', deletedHere: true });
    expect(changes.find((change) => change.id === 'drop-1')).toMatchObject({ kind: 'removed', changedHere: true });
  });

  it('finds nothing left to merge once a hand-off has been applied in full (the same file twice)', () => {
    const theirs = [action('edit-1', { status: 'done' }), action('new-001')];
    const changes = planChanges(base, base, theirs);
    const merged = applyPlanChanges(base, changes, new Set(changes.map((change) => change.id)));
    expect(planChanges(base, merged, theirs)).toEqual([]);
  });
});

describe('applyPlanChanges', () => {
  const theirs = [action('keep-1'), action('edit-1', { description: 'edited' }), action('mine-1'), action('new-001')];
  const changes = planChanges(base, base, theirs);

  it('applies only the accepted changes and keeps the order of the plan', () => {
    const merged = applyPlanChanges(base, changes, new Set(['edit-1', 'new-001']));
    expect(merged.map((a) => a.id)).toEqual(['keep-1', 'edit-1', 'drop-1', 'mine-1', 'new-001']);
    expect(merged[1]?.description).toBe('edited');
  });

  it('leaves the plan as it is when every change is rejected', () => {
    expect(applyPlanChanges(base, changes, new Set())).toEqual(base);
  });

  it('removes an action only when its removal is accepted', () => {
    expect(applyPlanChanges(base, changes, new Set(['drop-1'])).map((a) => a.id)).toEqual(['keep-1', 'edit-1', 'mine-1']);
  });
});

describe('parsePlanHandoffFor', () => {
  const assessment = makeAssessment({ actions: base });
  const keys = profileKeysOf('MCIO', listAssessmentItems(makeProfile(), makeCatalogue()));
  const file = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({ ...createPlanHandoff(assessment, base, { handoffId: 'handoff-1', appVersion: '0.1.0', now: '2026-11-28T09:00:00.000Z' }), ...overrides });

  it('reads a hand-off of this assessment', () => {
    expect(parsePlanHandoffFor(file(), assessment, keys)).toMatchObject({ ok: true, data: { handoffId: 'handoff-1', base } });
  });

  it('refuses another assessment, another role and a newer version', () => {
    expect(parsePlanHandoffFor(file({ assessmentId: 'someone-else' }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'other-assessment' } });
    expect(parsePlanHandoffFor(file({ profileId: 'dcio' }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'other-role' } });
    expect(parsePlanHandoffFor(file({ schemaVersion: planHandoffSchemaVersion + 1 }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'newer-version' } });
    expect(parsePlanHandoffFor(file({ actions: [{ id: 'x' }] }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'invalid', path: expect.stringContaining('actions[0]') } });
  });

  it('refuses two new actions with one id, by name, and an action serving an item the profile does not have', () => {
    const twins = [...base, action('twin-1', { description: 'first twin' }), action('twin-1', { description: 'second twin' })];
    expect(parsePlanHandoffFor(file({ actions: twins }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'duplicate-id', path: 'actions[5].id', message: { key: 'problem.sameActionId', params: { m: 5, a: '"first twin"', n: 6, b: '"second twin"', id: '"twin-1"' } } } });
    expect(parsePlanHandoffFor(file({ base: [action('twin-2'), action('twin-2')] }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'duplicate-id', path: 'base[1].id' } });
    expect(parsePlanHandoffFor(file({ actions: [action('nowhere', { serves: ['unit:NOWHERE'] })] }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'unknown-item' } });
  });
});

import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { applyPlanChanges } from '../scoring/plan-changes';
import { choiceKeys, mixedDates, planChanges } from '../scoring/plan-change-list';
import { createPlanHandoff, handoffCounts, parsePlanHandoffFor, planHandoffSchemaVersion } from './plan-handoff';
import type { DevelopmentAction } from '../assessment/development-action';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { profileKeysOf } from './profile-keys';
import { listAssessmentItems } from '../assessment/assessment-items';

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
  it('lists what the assistant added, changed (field by field, with both sides) and removed, and nothing else', () => {
    const ours = base;
    const edited = action('edit-1', { targetOn: '2027-03-01', status: 'in-progress' });
    const theirs = [action('keep-1'), edited, action('mine-1'), action('new-001')];
    const changes = planChanges(base, ours, theirs);
    expect(changes).toEqual([
      {
        kind: 'changed',
        id: 'edit-1',
        base: action('edit-1'),
        ours: action('edit-1'),
        theirs: edited,
        fields: [
          { field: 'targetOn', both: false },
          { field: 'status', both: false },
        ],
      },
      { kind: 'new', id: 'new-001', action: action('new-001'), deletedHere: false },
      { kind: 'removed', id: 'drop-1', action: action('drop-1'), changedHere: false },
    ]);
    expect(choiceKeys(changes)).toEqual(['edit-1/targetOn', 'edit-1/status', 'new-001', 'drop-1']);
  });

  it("never lists the appointee's own edits since the backup as the assistant's", () => {
    const ours = [action('keep-1', { description: 'mine now' }), action('edit-1'), action('drop-1'), action('added-here')];
    expect(planChanges(base, ours, base)).toEqual([]);
  });

  it('offers only the field the assistant changed: accepting it keeps the status the appointee set since (E9, issue 26)', () => {
    const ours = base.map((entry) => (entry.id === 'edit-1' ? action('edit-1', { status: 'in-progress' }) : entry));
    const theirs = base.map((entry) => (entry.id === 'edit-1' ? action('edit-1', { description: 'their words' }) : entry));
    const changes = planChanges(base, ours, theirs);
    expect(changes).toEqual([
      {
        kind: 'changed',
        id: 'edit-1',
        base: action('edit-1'),
        ours: action('edit-1', { status: 'in-progress' }),
        theirs: action('edit-1', { description: 'their words' }),
        fields: [{ field: 'description', both: false }],
      },
    ]);
    const merged = applyPlanChanges(ours, changes, new Set(choiceKeys(changes)));
    expect(merged.find((entry) => entry.id === 'edit-1')).toEqual(action('edit-1', { status: 'in-progress', description: 'their words' }));
  });

  it('gives both sides of a field both changed, and flags a change to an action the appointee deleted or changed', () => {
    const ours = [action('edit-1', { description: 'my words' }), action('drop-1', { status: 'done' })];
    const theirs = [action('edit-1', { description: 'their words' }), action('keep-1', { status: 'done' })];
    const changes = planChanges(base, ours, theirs);
    expect(changes.find((change) => change.id === 'edit-1')).toMatchObject({
      kind: 'changed',
      fields: [{ field: 'description', both: true }],
      base: { description: 'action edit-1' },
      ours: { description: 'my words' },
      theirs: { description: 'their words' },
    });
    expect(changes.find((change) => change.id === 'keep-1')).toMatchObject({ kind: 'new', deletedHere: true });
    expect(changes.find((change) => change.id === 'drop-1')).toMatchObject({ kind: 'removed', changedHere: true });
  });

  it("does not offer a field the appointee already set as the assistant did, and counts the catalogue's resource, hours and link", () => {
    const ours = [action('edit-1', { status: 'done' })];
    const theirs = [action('edit-1', { status: 'done', hours: 12, link: 'https://example.org/a', resourceId: 'DGA-1' })];
    expect(planChanges([action('edit-1')], ours, theirs)).toMatchObject([
      {
        fields: [
          { field: 'resourceId', both: false },
          { field: 'hours', both: false },
          { field: 'link', both: false },
        ],
      },
    ]);
  });

  it('finds nothing left to merge once a hand-off has been applied in full (the same file twice)', () => {
    const theirs = [action('edit-1', { status: 'done' }), action('new-001')];
    const changes = planChanges(base, base, theirs);
    const merged = applyPlanChanges(base, changes, new Set(choiceKeys(changes)));
    expect(planChanges(base, merged, theirs)).toEqual([]);
  });
});

describe('applyPlanChanges', () => {
  const theirs = [action('keep-1'), action('edit-1', { description: 'edited', targetOn: '2027-09-01' }), action('mine-1'), action('new-001')];
  const changes = planChanges(base, base, theirs);

  it('applies only the accepted fields and actions and keeps the order of the plan', () => {
    const merged = applyPlanChanges(base, changes, new Set(['edit-1/description', 'new-001']));
    expect(merged.map((a) => a.id)).toEqual(['keep-1', 'edit-1', 'drop-1', 'mine-1', 'new-001']);
    expect(merged[1]).toEqual(action('edit-1', { description: 'edited' }));
  });

  it('leaves the plan as it is when every change is rejected', () => {
    expect(applyPlanChanges(base, changes, new Set())).toEqual(base);
  });

  it('removes an action only when its removal is accepted', () => {
    expect(applyPlanChanges(base, changes, new Set(['drop-1'])).map((a) => a.id)).toEqual(['keep-1', 'edit-1', 'mine-1']);
  });

  it('takes away a field the assistant cleared, when accepted', () => {
    const withHours = [action('edit-1', { hours: 6 })];
    const cleared = planChanges(withHours, withHours, [action('edit-1')]);
    expect(applyPlanChanges(withHours, cleared, new Set(['edit-1/hours']))[0]).toEqual(action('edit-1'));
  });

  it('says which action the choices would leave with its target before its start', () => {
    const sent = [action('edit-1', { startOn: '2027-01-01', targetOn: '2027-02-01' })];
    const moved = [action('edit-1', { startOn: '2027-05-01', targetOn: '2027-06-01' })];
    const both = planChanges(sent, sent, moved);
    expect(mixedDates(sent, both, new Set(['edit-1/startOn'])).map((entry) => entry.id)).toEqual(['edit-1']);
    expect(mixedDates(sent, both, new Set(['edit-1/startOn', 'edit-1/targetOn']))).toEqual([]);
    expect(mixedDates(sent, both, new Set(['edit-1/targetOn']))).toEqual([]);
  });
});

const sender = { name: 'สุดา ผู้ช่วย', position: 'ผู้ช่วย CIO' };

describe('handoffCounts', () => {
  it('counts new, removed and changed actions, and the fields changed', () => {
    const theirs = [action('keep-1'), action('edit-1', { targetOn: '2027-03-01', status: 'done' }), action('mine-1'), action('new-001'), action('new-002')];
    expect(handoffCounts(planChanges(base, base, theirs))).toEqual({ added: 2, removed: 1, changedActions: 1, changedFields: 2 });
    expect(handoffCounts([])).toEqual({ added: 0, removed: 0, changedActions: 0, changedFields: 0 });
  });
});

describe('parsePlanHandoffFor', () => {
  const assessment = makeAssessment({ actions: base });
  const keys = profileKeysOf('MCIO', listAssessmentItems(makeProfile(), makeCatalogue()));
  const file = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...createPlanHandoff(assessment, base, { handoffId: 'handoff-1', appVersion: '0.1.0', now: '2026-11-28T09:00:00.000Z', sender }),
      ...overrides,
    });

  it('reads a hand-off of this assessment, with who sent it', () => {
    expect(parsePlanHandoffFor(file(), assessment, keys)).toMatchObject({ ok: true, data: { handoffId: 'handoff-1', base, sender } });
  });

  it('reads a file of an earlier version, which has no sender, and refuses one of this version without it', () => {
    const earlier = parsePlanHandoffFor(file({ schemaVersion: planHandoffSchemaVersion - 1, sender: undefined }), assessment, keys);
    expect(earlier).toMatchObject({ ok: true });
    expect(earlier.ok && earlier.data.sender).toBeUndefined();
    expect(parsePlanHandoffFor(file({ sender: undefined }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', path: 'sender', message: { key: 'problem.exchange.senderMissing' } },
    });
    expect(parsePlanHandoffFor(file({ sender: { name: '  ', position: '' } }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
  });

  it('refuses another assessment, another role and a newer version', () => {
    expect(parsePlanHandoffFor(file({ assessmentId: 'someone-else' }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'other-assessment' } });
    expect(parsePlanHandoffFor(file({ profileId: 'dcio' }), assessment, keys)).toMatchObject({ ok: false, refusal: { code: 'other-role' } });
    expect(parsePlanHandoffFor(file({ schemaVersion: planHandoffSchemaVersion + 1 }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: { code: 'newer-version' },
    });
    expect(parsePlanHandoffFor(file({ actions: [{ id: 'x' }] }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', path: expect.stringContaining('actions[0]') },
    });
  });

  it('refuses two new actions with one id, by name, and an action serving an item the profile does not have', () => {
    const twins = [...base, action('twin-1', { description: 'first twin' }), action('twin-1', { description: 'second twin' })];
    expect(parsePlanHandoffFor(file({ actions: twins }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: {
        code: 'duplicate-id',
        path: 'actions[5].id',
        message: { key: 'problem.sameActionId', params: { m: 5, a: '"first twin"', n: 6, b: '"second twin"', id: '"twin-1"' } },
      },
    });
    expect(parsePlanHandoffFor(file({ base: [action('twin-2'), action('twin-2')] }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: { code: 'duplicate-id', path: 'base[1].id' },
    });
    expect(parsePlanHandoffFor(file({ actions: [action('nowhere', { serves: ['unit:NOWHERE'] })] }), assessment, keys)).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-item' },
    });
  });
});

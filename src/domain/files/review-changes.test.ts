import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { makeReview } from '../../testing/review-factory';
import { makeTestStore } from '../../testing/test-store';
import type { Assessment } from '../assessment/assessment';
import { listAssessmentItems } from '../assessment/assessment-items';
import { assessmentFingerprint } from './fingerprint';
import { maxSentRequests, withSentRequest } from '../assessment/assessment-updates';
import { changesSinceRequest, sentRequestOf } from './review-changes';

const items = listAssessmentItems(makeProfile(), makeCatalogue());
const defaultTarget = 3;
const start = makeAssessment({
  ratings: { 'unit:DG100': { level: 2, note: 'ยังต้องทบทวน' }, 'knowledge:k-one': { level: 1 } },
  experience: { 'e-one': { status: 'some', evidence: 'บันทึก', acquiredOn: '2026-01-05', note: 'บางส่วน' } },
});

/** The store, with `start` holding the request a review (`review`) answers, as the request export leaves it. */
function requested() {
  const sent = sentRequestOf(start, { requestId: 'request-one', selfRatingsShown: false, now: '2026-11-27T03:00:00.000Z', defaultTarget });
  const review = makeReview({ requestId: 'request-one', fingerprint: assessmentFingerprint(start, defaultTarget) });
  const store = makeTestStore({ assessments: [withSentRequest(start, sent, '2026-11-27T03:00:00.000Z')] });
  const now = () => store.getState().assessments[start.id] as Assessment;
  return { store, review, since: () => changesSinceRequest(review, now(), items, defaultTarget) };
}

describe('changesSinceRequest', () => {
  it('clears the flag when every kind of field is changed and put back, and never raises it for notes, evidence or dates', () => {
    const { store, since } = requested();
    const state = () => store.getState();
    const id = start.id;
    expect(since()).toEqual({ changed: false });
    // Each change: what it does, what the note should list (nothing for what a reviewer does not judge), how to undo it.
    const toggles: [string, () => void, unknown[], () => void][] = [
      [
        'a level',
        () => state().rateItem(id, 'unit:DG100', 4),
        [{ key: 'unit:DG100', field: 'level', from: 2, to: 4 }],
        () => state().rateItem(id, 'unit:DG100', 2),
      ],
      [
        'a level cleared',
        () => state().rateItem(id, 'knowledge:k-one', undefined),
        [{ key: 'knowledge:k-one', field: 'level', from: 1, to: null }],
        () => state().rateItem(id, 'knowledge:k-one', 1),
      ],
      [
        'a first level',
        () => state().rateItem(id, 'unit:DT100', 0),
        [{ key: 'unit:DT100', field: 'level', from: null, to: 0 }],
        () => state().rateItem(id, 'unit:DT100', undefined),
      ],
      [
        'a target',
        () => state().setItemTarget(id, 'knowledge:k-one', 2),
        [{ key: 'knowledge:k-one', field: 'target', from: 3, to: 2 }],
        () => state().setItemTarget(id, 'knowledge:k-one', 3),
      ],
      [
        'a target of an unrated item',
        () => state().setItemTarget(id, 'behavioural:visioning', 4),
        [{ key: 'behavioural:visioning', field: 'target', from: 3, to: 4 }],
        () => state().setItemTarget(id, 'behavioural:visioning', 3),
      ],
      [
        'an experience status',
        () => state().recordExperience(id, 'e-one', { status: 'yes' }),
        [{ key: 'experience:e-one', field: 'status', from: 'some', to: 'yes' }],
        () => state().recordExperience(id, 'e-one', { status: 'some' }),
      ],
      [
        'a first experience status',
        () => state().recordExperience(id, 'e-two', { status: 'none' }),
        [{ key: 'experience:e-two', field: 'status', from: null, to: 'none' }],
        () => state().recordExperience(id, 'e-two', { status: undefined }),
      ],
      ['a note', () => state().noteItem(id, 'unit:DG100', 'อีกความเห็น'), [], () => state().noteItem(id, 'unit:DG100', 'ยังต้องทบทวน')],
      ['a note on an unrated item', () => state().noteItem(id, 'unit:DT100', 'ยังไม่ได้ประเมิน'), [], () => state().noteItem(id, 'unit:DT100', '')],
      [
        'evidence',
        () => state().recordExperience(id, 'e-one', { evidence: 'คำสั่งแต่งตั้ง' }),
        [],
        () => state().recordExperience(id, 'e-one', { evidence: 'บันทึก' }),
      ],
      [
        'the date acquired',
        () => state().recordExperience(id, 'e-one', { acquiredOn: '2026-02-01' }),
        [],
        () => state().recordExperience(id, 'e-one', { acquiredOn: '2026-01-05' }),
      ],
      [
        'an experience note',
        () => state().recordExperience(id, 'e-one', { note: 'ครบแล้ว' }),
        [],
        () => state().recordExperience(id, 'e-one', { note: 'บางส่วน' }),
      ],
    ];
    for (const [what, change, listed, undo] of toggles) {
      change();
      const after = since();
      if (listed.length === 0) expect(after, what).toEqual({ changed: false });
      else
        expect(after.changed && after.changes?.map(({ item, ...rest }) => ({ ...rest, item: item.key })), what).toEqual(
          listed.map((entry) => ({ ...(entry as object), item: (entry as { key: string }).key })),
        );
      undo();
      expect(since(), `${what}, put back`).toEqual({ changed: false });
    }
    // Every target set and put back is now stored as an explicit default, and still counts as no change.
    expect(state().assessments[id]?.ratings['knowledge:k-one']).toEqual({ level: 1, target: 3 });
  });

  it('lists several changes in the circular’s order, whatever order they were made in', () => {
    const { store, since } = requested();
    store.getState().recordExperience(start.id, 'e-one', { status: 'none' });
    store.getState().setItemTarget(start.id, 'unit:DG100', 4);
    store.getState().rateItem(start.id, 'unit:DT100', 3);
    const result = since();
    expect(result.changed && result.changes?.map((change) => `${change.item.code} ${change.field}`)).toEqual(['DG100 target', 'DT100 level', 'E1 status']);
  });

  it('says only that the ratings changed, not which, for a review of a request this assessment did not keep', () => {
    const review = makeReview({ requestId: 'made-elsewhere', fingerprint: assessmentFingerprint(start, defaultTarget) });
    expect(changesSinceRequest(review, start, items, defaultTarget)).toEqual({ changed: false });
    const changed = { ...start, ratings: { ...start.ratings, 'unit:DG100': { level: 0 as const } } };
    expect(changesSinceRequest(review, changed, items, defaultTarget)).toEqual({ changed: true, changes: null });
  });

  it('keeps the latest requests only, and a request exported twice once', () => {
    let assessment = start;
    for (let index = 0; index < maxSentRequests + 5; index++) {
      assessment = withSentRequest(
        assessment,
        sentRequestOf(assessment, { requestId: `request-${index}`, selfRatingsShown: false, now: '2026-11-27T03:00:00.000Z', defaultTarget }),
        '2026-11-27T03:00:00.000Z',
      );
    }
    const ids = (assessment.requests ?? []).map((request) => request.id);
    expect(ids).toHaveLength(maxSentRequests);
    expect(ids[0]).toBe('request-5');
    const again = withSentRequest(
      assessment,
      sentRequestOf(assessment, { requestId: 'request-24', selfRatingsShown: true, now: '2026-11-28T03:00:00.000Z', defaultTarget }),
      'now',
    );
    expect(again.requests?.filter((request) => request.id === 'request-24')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { actionKinds, actionStatuses } from '../../src/domain/assessment/development-action';
import { actionKindName, actionStatusName } from '../../src/i18n/action-names';
import { translatePlan } from '../../src/features/plan/messages';
import { translateReport } from '../../src/features/report/messages';
import { translateReview } from '../../src/features/review/messages';

describe("an action's kind and status", () => {
  it.each(['th', 'en'] as const)('are named the same on the plan, the printed report and the review screens (%s)', (language) => {
    const names = [translatePlan, translateReport, translateReview].map((translator) => {
      const t = translator(language);
      return [...actionKinds.map((kind) => actionKindName(t, kind)), ...actionStatuses.map((status) => actionStatusName(t, status))];
    });
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
  });

  it('keep the wording the plan always used', () => {
    const t = translatePlan('th');
    expect(actionKinds.map((kind) => actionKindName(t, kind))).toEqual([
      'หลักสูตรอบรม',
      'มอบหมายงานจริง (on-the-job)',
      'การสอนงาน / พี่เลี้ยง',
      'ศึกษาดูงาน',
      'เรียนรู้ด้วยตนเอง',
      'หมุนเวียนงาน / โครงการ',
      'อื่น ๆ',
    ]);
    expect(actionStatuses.map((status) => actionStatusName(translatePlan('en'), status))).toEqual(['Planned', 'In progress', 'Done']);
  });
});

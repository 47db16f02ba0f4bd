import { describe, expect, it } from 'vitest';
import type { BudgetProposal } from '../../domain/organisation/budget-plan';
import { translateBudget } from './budget-messages';
import { budgetSummary } from './budget-summary';

const proposal = (places: number, points: number): BudgetProposal => ({
  choices: Array.from({ length: places }, (_, attendance) => ({ attendance, tier: 'other', points: 1, starredPoints: 0 })),
  funded: [{ resource: 0, attendances: [], costBaht: 2_990_000, hours: 21_000, points }],
  costBaht: 2_990_000,
  hours: 21_000,
  points,
  pointsDue: 70_174.5,
  open: [],
});

describe('budgetSummary', () => {
  it('says what is spent, on how many resources and places, and the points closed, thousands separated, in Thai and English', () => {
    const amounts = { fiscalYear: 2027, budgetBaht: 3_000_000 };
    expect(budgetSummary(proposal(17_689, 57_040), amounts, 'th', translateBudget('th'))).toBe(
      'ปีงบประมาณ 2570: จัดสรร 2,990,000 จาก 3,000,000 บาท (เหลือ 10,000 บาท) ให้ 1 แหล่งพัฒนา 17,689 ที่นั่ง 21,000 ชั่วโมง ปิดช่องว่างได้ 57,040 จาก 70,174.5 ระดับที่ถึงกำหนดภายใน 30 กันยายน 2570',
    );
    expect(budgetSummary(proposal(1, 2.5), amounts, 'en', translateBudget('en'))).toBe(
      'Fiscal year 2027: 2,990,000 of 3,000,000 baht funded (10,000 baht left), 1 resource, 1 place, 21,000 hours; closes 2.5 of the 70,174.5 gap points due by 30 September 2027',
    );
  });
});

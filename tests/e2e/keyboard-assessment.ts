import type { Page } from 'playwright-core';

/** What the test will enter for one item, decided from its key and position alone. */
export interface ItemPlan {
  level?: number;
  status?: 'none' | 'some' | 'yes';
  raiseTarget: boolean;
  note?: string;
  acquired?: { day: number; month: number; year: string };
  evidence?: string;
}

const statuses = ['none', 'some', 'yes'] as const;

/** A varied but reproducible plan: every level and status used, some targets raised, some notes and dates. */
export function planFor(key: string, index: number, language: 'th' | 'en'): ItemPlan {
  if (key.startsWith('experience:')) {
    const status = statuses[index % 3] ?? 'none';
    return {
      status,
      raiseTarget: false,
      acquired: status === 'yes' ? { day: 1 + (index % 28), month: 1 + (index % 12), year: language === 'th' ? '2567' : '2024' } : undefined,
      evidence: status === 'none' ? undefined : `evidence ${index}`,
      note: index % 2 === 0 ? `บันทึก ${index} note` : undefined,
    };
  }
  return { level: index % 5, raiseTarget: index % 4 === 0, note: index % 6 === 0 ? `บันทึก ${index} note, "quoted"` : undefined };
}

interface Focus {
  key: string | null;
  tag: string;
  type: string | null;
  part: string | null;
}

function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const item = element?.closest<HTMLElement>('[data-key]');
    const label = element?.closest('label')?.querySelector('.date-field__label')?.textContent ?? null;
    let part: string | null = null;
    if (element?.closest('.target-select')) part = 'target';
    else if (element?.tagName === 'SUMMARY') part = 'note-toggle';
    else if (element?.tagName === 'TEXTAREA') part = 'note';
    else if (element?.closest('.date-field')) part = `date:${label}`;
    else if (element?.tagName === 'INPUT' && (element as HTMLInputElement).type === 'text') part = 'evidence';
    else if (element?.tagName === 'BUTTON') part = 'button';
    return { key: item?.dataset.key ?? null, tag: element?.tagName ?? '', type: element?.getAttribute('type') ?? null, part };
  });
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Rates every item on the assessment screen with the keyboard alone: Tab from item to item and field to
 * field, arrow keys in radio groups and selects, typing in text boxes. Returns the plan it carried out.
 */
export async function rateEverythingByKeyboard(page: Page, language: 'th' | 'en'): Promise<Map<string, ItemPlan>> {
  const keys = await page.$$eval('[data-key]', (items) => items.map((item) => (item as HTMLElement).dataset.key ?? ''));
  const plans = new Map(keys.map((key, index) => [key, planFor(key, index, language)]));
  const handled = new Set<string>();
  let presses = 0;
  while (handled.size < keys.length) {
    if (presses++ > keys.length * 20) throw new Error(`stuck after rating ${handled.size} of ${keys.length} items`);
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    if (!focus.key) continue;
    const plan = plans.get(focus.key);
    if (!plan) continue;
    if (focus.type === 'radio' && !handled.has(focus.key)) {
      handled.add(focus.key);
      if (plan.level !== undefined) {
        if (plan.level === 0) await press(page, 'Space');
        else await press(page, 'ArrowRight', plan.level);
      } else if (plan.status) {
        const steps = statuses.indexOf(plan.status);
        if (steps === 0) await press(page, 'Space');
        else await press(page, 'ArrowRight', steps);
      }
    } else if (focus.part === 'target' && plan.raiseTarget) {
      await press(page, 'ArrowDown');
    } else if (focus.part === 'note-toggle' && plan.note) {
      await press(page, 'Enter');
      await press(page, 'Tab');
      await page.keyboard.type(plan.note);
    } else if (focus.part?.startsWith('date:') && plan.acquired) {
      const which = (await page.evaluate(() => document.activeElement?.tagName)) === 'INPUT' ? 'year' : focus.part.includes(language === 'th' ? 'เดือน' : 'Month') ? 'month' : 'day';
      if (which === 'day') await press(page, 'ArrowDown', plan.acquired.day);
      if (which === 'month') await press(page, 'ArrowDown', plan.acquired.month);
      if (which === 'year') await page.keyboard.type(plan.acquired.year);
    } else if (focus.part === 'evidence' && plan.evidence) {
      await page.keyboard.type(plan.evidence);
    }
  }
  // Leave the last item's remaining fields (its note) by the same rules.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page);
    const plan = focus.key ? plans.get(focus.key) : undefined;
    if (!plan) break;
    if (focus.part === 'target' && plan.raiseTarget) {
      await press(page, 'ArrowDown');
    } else if (focus.part === 'note-toggle' && plan.note) {
      await press(page, 'Enter');
      await press(page, 'Tab');
      await page.keyboard.type(plan.note);
    } else if (focus.part === 'evidence' && plan.evidence) {
      await page.keyboard.type(plan.evidence);
    }
  }
  return plans;
}

/** What the store should hold for an item after its plan was carried out. */
export function expectedRecord(key: string, plan: ItemPlan, language: 'th' | 'en'): Record<string, unknown> {
  if (key.startsWith('experience:')) {
    const acquired = plan.acquired;
    const year = acquired ? Number(acquired.year) - (language === 'th' ? 543 : 0) : 0;
    return {
      status: plan.status,
      ...(acquired ? { acquiredOn: `${year}-${String(acquired.month).padStart(2, '0')}-${String(acquired.day).padStart(2, '0')}` } : {}),
      ...(plan.evidence ? { evidence: plan.evidence } : {}),
      ...(plan.note ? { note: plan.note } : {}),
    };
  }
  return { level: plan.level, ...(plan.raiseTarget ? { target: 4 } : {}), ...(plan.note ? { note: plan.note } : {}) };
}

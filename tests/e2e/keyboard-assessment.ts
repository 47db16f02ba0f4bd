import { expect, type Page } from '@playwright/test';

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
  part: string | null;
  /** For a date field: which of its parts has the focus. */
  datePart: 'day' | 'month' | 'year' | null;
}

function readFocus(page: Page, monthWord: string): Promise<Focus> {
  return page.evaluate((month) => {
    const element = document.activeElement as HTMLElement | null;
    const item = element?.closest<HTMLElement>('[data-key]');
    const label = element?.closest('label')?.querySelector('.date-field__label')?.textContent ?? '';
    let part: string | null = null;
    let datePart: 'day' | 'month' | 'year' | null = null;
    if (element?.closest('.target-select')) part = 'target';
    else if (element?.tagName === 'SUMMARY') part = 'note-toggle';
    else if (element?.tagName === 'TEXTAREA') part = 'note';
    else if (element?.closest('.date-field')) {
      part = 'date';
      datePart = element.tagName === 'INPUT' ? 'year' : label.includes(month) ? 'month' : 'day';
    } else if (element?.tagName === 'INPUT' && (element as HTMLInputElement).type === 'radio') part = 'radio';
    else if (element?.tagName === 'INPUT' && (element as HTMLInputElement).type === 'text') part = 'evidence';
    else if (element?.tagName === 'BUTTON') part = 'button';
    return { key: item?.dataset.key ?? null, part, datePart };
  }, monthWord);
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Enters text into the focused box as a keyboard or input method does at the end of a word: one input event.
 * Typing key by key is tested on the start form; here it would only multiply the round trips by the length.
 */
async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.insertText(text);
}

/** Carries out one field of an item's plan; every action waits until its effect is on the screen. */
async function actOnField(page: Page, focus: Focus, plan: ItemPlan): Promise<void> {
  const focused = page.locator(':focus');
  if (focus.part === 'target' && plan.raiseTarget) {
    await press(page, 'ArrowDown');
    await expect(focused).toHaveValue('4');
  } else if (focus.part === 'note-toggle' && plan.note) {
    await press(page, 'Enter');
    await press(page, 'Tab');
    await expect(page.locator('textarea:focus')).toBeVisible();
    await typeText(page, plan.note);
    await expect(focused).toHaveValue(plan.note);
  } else if (focus.part === 'date' && plan.acquired) {
    if (focus.datePart === 'day') await press(page, 'ArrowDown', plan.acquired.day);
    if (focus.datePart === 'month') await press(page, 'ArrowDown', plan.acquired.month);
    if (focus.datePart === 'year') await page.keyboard.type(plan.acquired.year);
    const expected = focus.datePart === 'year' ? plan.acquired.year : String(focus.datePart === 'day' ? plan.acquired.day : plan.acquired.month);
    await expect(focused).toHaveValue(expected);
  } else if (focus.part === 'evidence' && plan.evidence) {
    await typeText(page, plan.evidence);
    await expect(focused).toHaveValue(plan.evidence);
  }
}

/**
 * Rates every item on the assessment screen with the keyboard alone: Tab from item to item and field to
 * field, arrow keys in radio groups and selects, typing in text boxes. Returns the plan it carried out.
 */
export async function rateEverythingByKeyboard(page: Page, language: 'th' | 'en'): Promise<Map<string, ItemPlan>> {
  const monthWord = language === 'th' ? 'เดือน' : 'Month';
  const keys = await page.locator('[data-key]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.key ?? ''));
  const plans = new Map(keys.map((key, index) => [key, planFor(key, index, language)]));
  const handled = new Set<string>();
  let presses = 0;
  while (handled.size < keys.length) {
    if (presses++ > keys.length * 20) throw new Error(`stuck after rating ${handled.size} of ${keys.length} items`);
    await page.keyboard.press('Tab');
    const focus = await readFocus(page, monthWord);
    const plan = focus.key ? plans.get(focus.key) : undefined;
    if (!focus.key || !plan) continue;
    if (focus.part === 'radio' && !handled.has(focus.key)) {
      handled.add(focus.key);
      const steps = plan.level ?? statuses.indexOf(plan.status ?? 'none');
      if (steps === 0) await press(page, 'Space');
      else await press(page, 'ArrowRight', steps);
      const value = plan.level !== undefined ? String(plan.level) : (plan.status ?? 'none');
      await expect(page.locator(`[data-key="${focus.key}"] input[type=radio]:checked`)).toHaveValue(value);
    } else {
      await actOnField(page, focus, plan);
    }
  }
  // Leave the last item's remaining fields (its note) by the same rules.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await readFocus(page, monthWord);
    const plan = focus.key ? plans.get(focus.key) : undefined;
    if (!plan) break;
    await actOnField(page, focus, plan);
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

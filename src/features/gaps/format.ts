/** A share 0–1 as a whole percentage, or a dash when there is none. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/** A level with one decimal (levels run 0–4), or a dash. */
export function level(value: number | null): string {
  return value === null ? '—' : value.toFixed(1).replace(/\.0$/, '');
}

/** Days left as the message key and count to show: "n days left", or "n days past" when negative. */
export function daysLeftMessage(daysLeft: number): { key: 'gaps.days' | 'gaps.daysOverdue'; days: number } {
  return daysLeft < 0 ? { key: 'gaps.daysOverdue', days: -daysLeft } : { key: 'gaps.days', days: daysLeft };
}

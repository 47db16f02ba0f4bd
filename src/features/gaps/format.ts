/** Days left as the message key and count to show: "n days left", or "n days past" when negative. */
export function daysLeftMessage(daysLeft: number): { key: 'gaps.days' | 'gaps.daysOverdue'; days: number } {
  return daysLeft < 0 ? { key: 'gaps.daysOverdue', days: -daysLeft } : { key: 'gaps.days', days: daysLeft };
}

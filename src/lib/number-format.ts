/** A share 0–1 as a whole percentage, or a dash when there is none. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/** A level with at most one decimal (levels run 0–4), or a dash. */
export function level(value: number | null): string {
  return value === null ? '—' : value.toFixed(1).replace(/\.0$/, '');
}

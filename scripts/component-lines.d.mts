/** Components and their lengths in lines (scripts/component-lines.mjs). */
export interface ComponentLength {
  name: string;
  /** Its first line, 1-based. */
  line: number;
  lines: number;
  file: string;
}
export const componentLineLimit: number;
export function componentsIn(text: string): Omit<ComponentLength, 'file'>[];
export function componentLines(root?: string): ComponentLength[];

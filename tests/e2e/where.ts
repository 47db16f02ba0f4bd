export type Language = 'th' | 'en';
/** A phone's width or a desktop's, and the language of the screen. */
export type Where = readonly [width: 375 | 1280, language: Language];

/** For what is about layout: both widths in both languages. */
export const everyWidthAndLanguage: readonly Where[] = [
  [375, 'th'],
  [375, 'en'],
  [1280, 'th'],
  [1280, 'en'],
];

/** For behaviour that layout does not change: each language once, and each width once, in two tests. */
export const eachLanguageOnce: readonly Where[] = [
  [375, 'th'],
  [1280, 'en'],
];

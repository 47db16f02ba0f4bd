/**
 * Thai text written one way (issue 25's HR trial: "ทองคำ" typed with nikhahit + sara aa, U+0E4D U+0E32, did not
 * show as the same name typed with sara am, U+0E33). The one home of the rule: the organisation view writes names,
 * positions and agencies through it where it reads them (backups, the staff list), and so do its matching keys and
 * its search. The appointee form does not (yet): that screen shares no chunk with this one, so importing it there
 * made a chunk of its own, whose file name the first load's preload table names (+17 bytes, with 51 left; measured
 * 6 Dec 2026). docs/organisation.md says so.
 *
 * Sara am is written composed, after the tone mark, whichever of these it was typed as (T: a tone mark ่ ้ ๊ ๋):
 * - ํ + า            → ำ
 * - T + ํ + า        → T + ำ   (what NFKC turns T + ำ into)
 * - ํ + T + า        → T + ำ   (nikhahit typed before the tone mark)
 * - ำ + T            → T + ำ   (the tone mark typed after sara am: it looks the same in many fonts)
 * A nikhahit not followed by sara aa (Pali and Sanskrit spellings) is left as it is. Kept apart from
 * canonical-text.ts (JSON written one way), which the first screen loads: this rule loads with the organisation view.
 */
export function composedThai(text: string): string {
  return text.replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, '$1\u0e33').replace(/\u0e33([\u0e48-\u0e4b])/g, '$1\u0e33');
}

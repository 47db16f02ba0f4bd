import { composedThai } from '../shared/thai-text';

/**
 * Names as HR reads them: a person's name without its title, for matching two assessments of one person and for
 * sorting people by name. Thai titles are written against the name ("นายสมชาย", "ดร.สมชาย", "ว่าที่ร้อยตรีสมชาย"),
 * may be stacked ("ผศ.ดร.สมชาย") and change over the years (นางสาว to นาง, a doctorate), while the name does not.
 */

/**
 * Titles taken off the front of a name, longest first within each family so that "นางสาว" is taken before "นาง",
 * and "ว่าที่ร้อยตรีหญิง" before "ว่าที่ร้อยตรี". A title is taken only when something is left after it.
 */
const titles = [
  // Courtesy titles, and Latin ones in an English-language file.
  'นางสาว',
  'นาง',
  'นาย',
  'น.ส.',
  'คุณ',
  'Mrs.',
  'Mrs',
  'Miss',
  'Ms.',
  'Ms',
  'Mr.',
  'Mr',
  'Dr.',
  'Dr',
  // Academic titles.
  'ผู้ช่วยศาสตราจารย์',
  'รองศาสตราจารย์',
  'ศาสตราจารย์',
  'ผศ.',
  'รศ.',
  'ศ.',
  'ดร.',
  // The acting sub-lieutenant titles of the civil service, and the ranks of the armed forces and the police.
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.หญิง',
  'ว่าที่ ร.ต.',
  'ว่าที่ร.ต.หญิง',
  'ว่าที่ร.ต.',
  'พลตำรวจเอก',
  'พลตำรวจโท',
  'พลตำรวจตรี',
  'พันตำรวจเอก',
  'พันตำรวจโท',
  'พันตำรวจตรี',
  'ร้อยตำรวจเอก',
  'ร้อยตำรวจโท',
  'ร้อยตำรวจตรี',
  'พล.ต.อ.',
  'พล.ต.ท.',
  'พล.ต.ต.',
  'พ.ต.อ.',
  'พ.ต.ท.',
  'พ.ต.ต.',
  'ร.ต.อ.',
  'ร.ต.ท.',
  'ร.ต.ต.',
  'พลเอกหญิง',
  'พลเอก',
  'พลโทหญิง',
  'พลโท',
  'พลตรีหญิง',
  'พลตรี',
  'พันเอกหญิง',
  'พันเอก',
  'พันโทหญิง',
  'พันโท',
  'พันตรีหญิง',
  'พันตรี',
  'ร้อยเอกหญิง',
  'ร้อยเอก',
  'ร้อยโทหญิง',
  'ร้อยโท',
  'ร้อยตรีหญิง',
  'ร้อยตรี',
  'พล.อ.',
  'พล.ท.',
  'พล.ต.',
  'พ.อ.',
  'พ.ท.',
  'พ.ต.',
  'ร.อ.',
  'ร.ท.',
  'ร.ต.',
  // Royal lineage.
  'หม่อมราชวงศ์',
  'หม่อมหลวง',
  'ม.ร.ว.',
  'ม.ล.',
];
let longestFirst: string[] | null = null;
/** The titles, longest first; sorted when first needed, so that a module that only imports this one's types or keys carries no list. */
function titlesLongestFirst(): string[] {
  longestFirst ??= [...titles].sort((a, b) => b.length - a.length);
  return longestFirst;
}

/** Zero-width characters that copying from a document leaves in a name, and runs of white space. */
const invisible = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * A name written one way: compatibility-normalised, then with sara am composed and after its tone mark (thai-text.ts:
 * "ำ" typed as two marks, or the marks in another order, is one way), without invisible characters, single-spaced.
 */
function tidy(name: string): string {
  return composedThai(name.normalize('NFKC')).replace(invisible, '').replace(/\s+/g, ' ').trim();
}

/** The name without its titles, as written ("ผศ.ดร.สมชาย ใจดี" gives "สมชาย ใจดี"); the whole name when nothing would be left. */
export function nameWithoutTitle(name: string): string {
  let rest = tidy(name);
  for (let taken = true; taken;) {
    taken = false;
    for (const title of titlesLongestFirst()) {
      const after = rest.slice(title.length).trim();
      if (rest.startsWith(title) && after !== '' && (/^[\u0e00-\u0e7f.]/.test(title.at(-1) ?? '') || /^[\s.]/.test(rest.slice(title.length)))) {
        rest = after;
        taken = true;
        break;
      }
    }
  }
  return rest;
}

/** What two names must share to be one person's: the name without its titles, tidied, in lower case; "" for no name. */
export function nameKey(name: string): string {
  return bareNameKey(nameWithoutTitle(name));
}

/** `nameKey` of a name whose titles are already taken off (`nameWithoutTitle`). Thai has no case: lower case is for Latin names. */
export function bareNameKey(bareName: string): string {
  return bareName.toLowerCase();
}

/** The keys of texts met lately: an organisation's 10,000 people name a few dozen agencies (traced: tidying each anew was most of the summary by agency's work). */
const textKeys = new Map<string, string>();

/** Any other text two assessments must share (an agency), written one way: tidied, in lower case. */
export function textKey(text: string): string {
  const known = textKeys.get(text);
  if (known !== undefined) return known;
  const key = tidy(text).toLowerCase();
  // Bounded: names of people pass through here too (the staff list's agencies and positions), and need not stay.
  if (textKeys.size >= 5000) textKeys.clear();
  textKeys.set(text, key);
  return key;
}

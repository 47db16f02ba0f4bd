import type { StaffEntry } from '../files/staff-list';
import type { RefusedRow } from '../files/table-rows';
import { bareNameKey, nameWithoutTitle, textKey } from './organisation-names';
import { matchFields } from './organisation-persons';

/** What matching reads of a person of the roll-up: each of their assessments' name, agency and role. */
export interface MatchablePerson {
  name: string;
  sortName?: string;
  agency: string;
  profileId: string;
  earlier: readonly { name: string; agency: string; profileId: string }[];
}

/** A staff list against a roll-up: who on the list sent nothing, who sent a file but is not on the list, and rows listed twice. */
export interface StaffComparison<Person extends MatchablePerson> {
  /** On the list, with no assessment in the roll-up; in the list's order. */
  notSent: StaffEntry[];
  /** In the roll-up, not on the list; in the roll-up's order. */
  notListed: Person[];
  /** How many on the list have an assessment in the roll-up. */
  sent: number;
  /** Rows that name a person an earlier row already names, with the reason in words (they are not counted again). */
  repeated: RefusedRow[];
}

const fieldsOf = (name: string, agency: string, profileId: string | undefined) => {
  const key = bareNameKey(nameWithoutTitle(name));
  return key === '' ? [] : matchFields(key, textKey(agency), profileId);
};

/**
 * Compares a staff list with the people of a roll-up by the rule that makes two assessments one person's (decision
 * 021, `matchFields`): a row is a person's when its name, without its titles, is the name of one of their
 * assessments, and the agency is that assessment's, or the row's role is. A row naming the same person as an earlier
 * row (by the same rule) is listed as repeated.
 */
export function compareStaffList<Person extends MatchablePerson>(staff: readonly StaffEntry[], people: readonly Person[]): StaffComparison<Person> {
  const personBy = new Map<string, number[]>();
  people.forEach((person, index) => {
    const records = [{ name: person.sortName ?? person.name, agency: person.agency, profileId: person.profileId }, ...person.earlier];
    for (const record of records) {
      for (const field of fieldsOf(record.name, record.agency, record.profileId)) {
        const list = personBy.get(field);
        if (!list) personBy.set(field, [index]);
        else if (!list.includes(index)) list.push(index);
      }
    }
  });
  const listed = new Set<number>();
  const rowBy = new Map<string, StaffEntry>();
  const comparison: StaffComparison<Person> = { notSent: [], notListed: [], sent: 0, repeated: [] };
  for (const entry of staff) {
    const fields = fieldsOf(entry.name, entry.agency, entry.role);
    const first = fields.map((field) => rowBy.get(field)).find((row) => row !== undefined);
    if (first) {
      comparison.repeated.push({
        place: entry.place,
        id: entry.name,
        reasons: [
          {
            th: `ชื่อเดียวกับ${first.place.th} (${first.name}) และหน่วยงานหรือบทบาทเดียวกัน`,
            en: `The same name as ${first.place.en.toLowerCase()} (${first.name}), and the same agency or role`,
          },
        ],
      });
      continue;
    }
    for (const field of fields) rowBy.set(field, entry);
    const matched = fields.flatMap((field) => personBy.get(field) ?? []);
    if (matched.length === 0) comparison.notSent.push(entry);
    else {
      comparison.sent += 1;
      for (const index of matched) listed.add(index);
    }
  }
  comparison.notListed = people.filter((_, index) => !listed.has(index));
  return comparison;
}

/**
 * How many on the list sent nothing, by agency (agencies as `textKey` writes them), each with the agency as the list
 * first writes it. With `within` (the people a filter lets through), only the agencies those people are in.
 */
export function notSentByAgency(notSent: readonly StaffEntry[], within?: readonly { agency: string }[]): Map<string, { agency: string; count: number }> {
  const shown = within ? new Set(within.map((person) => textKey(person.agency))) : null;
  const byAgency = new Map<string, { agency: string; count: number }>();
  for (const entry of notSent) {
    const key = textKey(entry.agency);
    if (shown && !shown.has(key)) continue;
    const known = byAgency.get(key);
    if (known) known.count += 1;
    else byAgency.set(key, { agency: entry.agency.trim(), count: 1 });
  }
  return byAgency;
}

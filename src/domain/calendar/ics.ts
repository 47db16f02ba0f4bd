import { addDays } from './calendar-date';
import { withoutControlCharacters } from '../shared/control-characters';

/** iCalendar (RFC 5545) for the plan: all-day events with stable UIDs, escaped and folded as the RFC says. */

export interface CalendarEvent {
  /** Stable, so importing the file again updates the events instead of adding copies. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** Days before the event to remind (a VALARM), if any. */
  remindDaysBefore?: number;
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and every kind of line break as \n; the
 * control characters the RFC forbids in TEXT (C0 but tab, DEL) go, and C1 with them.
 */
export function escapeText(text: string): string {
  return withoutControlCharacters(text, '\n').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');

/** A whole calendar file, CRLF line endings, ready to save as UTF-8 `.ics`. */
export function buildCalendar(input: { name: string; events: readonly CalendarEvent[]; now: Date }): string {
  const stamp = input.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CIO Skills Compass//TH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
  ];
  for (const event of input.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (event.remindDaysBefore !== undefined) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-P${event.remindDaysBefore}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

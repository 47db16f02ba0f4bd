import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ics';

const encoder = new TextEncoder();

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('writes every kind of line break as \\n and drops the control characters RFC 5545 forbids in text', () => {
    expect(escapeText('a\r\nb\u2028c\u2029d\u0085e\vf\fg')).toBe('a\\nb\\nc\\nd\\ne\\nf\\ng');
    expect(escapeText('NUL\u0000BEL\u0007ESC\u001bDEL\u007fC1\u009b\tend')).toBe('NULBELESCDELC1\tend');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a Thai character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'ประสบการณ์การวิเคราะห์และออกแบบสถาปัตยกรรมองค์กร'.repeat(3)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('buildCalendar', () => {
  const events = [
    {
      uid: 'deadline-a1-ea@cio-skills-compass',
      date: '2026-02-28',
      summary: 'กำหนด: ประสบการณ์ EA, ภายใน ๒ ปี; สำคัญ',
      description: 'บรรทัดแรก\nบรรทัดสอง \\ จบ',
      remindDaysBefore: 90,
    },
    { uid: 'action-x1@cio-skills-compass', date: '2026-06-30', summary: 'Course: TOGAF', description: 'serves DT200' },
  ];
  const text = buildCalendar({ name: 'แผนพัฒนา, DCIO', events, now: new Date('2026-11-27T09:00:00Z') });

  it('uses CRLF line endings and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('round-trips every field through ical.js, Thai and escapes included', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js does not know X-WR-CALNAME's type, so it hands back the escaped text as it stands in the file.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('แผนพัฒนา\\, DCIO');
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(
      parsed.map((event) => [event.uid, event.summary, event.description, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate]),
    ).toEqual([
      [events[0]?.uid, events[0]?.summary, events[0]?.description, '2026-02-28', '2026-03-01', true],
      [events[1]?.uid, events[1]?.summary, events[1]?.description, '2026-06-30', '2026-07-01', true],
    ]);
    const alarm = calendar.getAllSubcomponents('vevent')[0]?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P90D');
    expect(calendar.getAllSubcomponents('vevent')[1]?.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('gives the same UIDs every time, so importing again updates rather than duplicates', () => {
    const again = buildCalendar({ name: 'x', events, now: new Date('2027-01-01T00:00:00Z') });
    const uids = (value: string) => [...value.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
  });
});

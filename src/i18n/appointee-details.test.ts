import { describe, expect, it } from 'vitest';
import { appointeeSchema, type Appointee } from '../domain/assessment/assessment';
import { appointeeDetailList, appointeeDetailText } from './appointee-details';

const appointee: Appointee = { name: '', position: 'รองอธิบดี', agency: 'กรมตัวอย่าง', appointedOn: '2024-02-29', assessedOn: '2026-11-27' };

describe('the appointee details, declared once', () => {
  it('declares every field of the schema, the person first and the dates last, in the order the form, the header and the report show them', () => {
    expect(appointeeDetailList.map((detail) => detail.key).sort()).toEqual(Object.keys(appointeeSchema.def.shape).sort());
    // Who first, then when: a new detail goes between them, and the declaration's order is the only one to change.
    const keys = appointeeDetailList.map((detail) => detail.key);
    expect(keys.slice(0, 3)).toEqual(['name', 'position', 'agency']);
    expect(keys.slice(-2)).toEqual(['appointedOn', 'assessedOn']);
  });

  it('says a blank optional name in words, a date in full in the Buddhist Era or the Common Era, a text as typed', () => {
    expect(appointeeDetailText('name', appointee, 'th')).toBe('ไม่ระบุชื่อ');
    expect(appointeeDetailText('name', appointee, 'en')).toBe('Not given');
    expect(appointeeDetailText('name', { ...appointee, name: 'สมชาย ใจดี' }, 'en')).toBe('สมชาย ใจดี');
    expect(appointeeDetailText('appointedOn', appointee, 'th')).toBe('29 กุมภาพันธ์ 2567');
    expect(appointeeDetailText('appointedOn', appointee, 'en')).toBe('29 February 2024');
    expect(appointeeDetailText('agency', appointee, 'en')).toBe('กรมตัวอย่าง');
  });
});

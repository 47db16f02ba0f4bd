import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { assessmentFingerprint, canonicalJson, fnv1a64 } from './fingerprint';

describe('canonicalJson', () => {
  it('writes the same text whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
    expect(canonicalJson({ a: undefined, b: 'ข' })).toBe('{"b":"ข"}');
  });
});

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('assessmentFingerprint', () => {
  const rated = makeAssessment({ ratings: { 'unit:DG100': { level: 2, target: 3, note: 'x' } }, experience: { 'e-one': { status: 'some' } } });

  it('is stable across key order and ignores notes and evidence', () => {
    const reordered = makeAssessment({ experience: { 'e-one': { status: 'some', evidence: 'memo' } }, ratings: { 'unit:DG100': { note: 'other', target: 3, level: 2 } } });
    expect(assessmentFingerprint(reordered)).toBe(assessmentFingerprint(rated));
    expect(assessmentFingerprint(rated)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('changes when a level, a target or an experience status changes', () => {
    const base = assessmentFingerprint(rated);
    expect(assessmentFingerprint({ ...rated, ratings: { 'unit:DG100': { level: 3, target: 3 } } })).not.toBe(base);
    expect(assessmentFingerprint({ ...rated, ratings: { 'unit:DG100': { level: 2, target: 4 } } })).not.toBe(base);
    expect(assessmentFingerprint({ ...rated, experience: { 'e-one': { status: 'yes' } } })).not.toBe(base);
  });

  it('treats an empty rating as no rating', () => {
    expect(assessmentFingerprint(makeAssessment({ ratings: { 'unit:DG100': {} } }))).toBe(assessmentFingerprint(makeAssessment()));
  });
});

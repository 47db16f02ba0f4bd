import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { readFileSync } from 'node:fs';
import { assessmentFingerprint, fnv1a64 } from './fingerprint';

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

  it('is the same as before the app had one canonical JSON and one hash: a request made by an earlier version still matches', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/gap-assessment.json', 'utf8')) as { state: { assessments: Record<string, Parameters<typeof assessmentFingerprint>[0]> } };
    const [stored] = Object.values(fixture.state.assessments);
    expect(assessmentFingerprint(rated)).toBe('fnv1a64:3330d07255a004e5');
    expect(assessmentFingerprint(makeAssessment())).toBe('fnv1a64:5311a837c3bd80ab');
    expect(stored && assessmentFingerprint(stored)).toBe('fnv1a64:26c4df274e422507');
  });

  it('treats an empty rating as no rating', () => {
    expect(assessmentFingerprint(makeAssessment({ ratings: { 'unit:DG100': {} } }))).toBe(assessmentFingerprint(makeAssessment()));
  });
});

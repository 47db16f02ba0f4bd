import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { canonicalText } from '../shared/canonical-text';
import { fnv1a64 } from '../shared/hash';
import { askedRatings, assessmentFingerprint, fingerprintMatches, ratingChanges } from './fingerprint';

/** The canonical JSON fingerprints were made with before the app had one (keys sorted as strings, undefined left out). */
function referenceCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${referenceCanonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('the one canonical JSON (canonicalText) for fingerprints', () => {
  it('writes what fingerprints were made with, for any ratings and experience an assessment may hold', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9:.-]{0,20}$/);
    const level = fc.constantFrom(0, 1, 2, 3, 4);
    const asked = fc.record({
      ratings: fc.dictionary(key, fc.record({ level: fc.option(level, { nil: undefined }), target: fc.option(level, { nil: undefined }) })),
      experience: fc.dictionary(key, fc.constantFrom('none', 'some', 'yes')),
    });
    fc.assert(
      fc.property(asked, (value) => canonicalText(value) === referenceCanonicalJson(value)),
      { numRuns: 300 },
    );
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
    const reordered = makeAssessment({
      experience: { 'e-one': { status: 'some', evidence: 'memo' } },
      ratings: { 'unit:DG100': { note: 'other', target: 3, level: 2 } },
    });
    expect(assessmentFingerprint(reordered, 3)).toBe(assessmentFingerprint(rated, 3));
    expect(assessmentFingerprint(rated, 3)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('changes when a level, a target or an experience status changes', () => {
    const base = assessmentFingerprint(rated, 3);
    expect(assessmentFingerprint({ ...rated, ratings: { 'unit:DG100': { level: 3, target: 3 } } }, 3)).not.toBe(base);
    expect(assessmentFingerprint({ ...rated, ratings: { 'unit:DG100': { level: 2, target: 4 } } }, 3)).not.toBe(base);
    expect(assessmentFingerprint({ ...rated, experience: { 'e-one': { status: 'yes' } } }, 3)).not.toBe(base);
  });

  it('treats an empty rating as no rating', () => {
    expect(assessmentFingerprint(makeAssessment({ ratings: { 'unit:DG100': {} } }), 3)).toBe(assessmentFingerprint(makeAssessment(), 3));
  });

  it('counts a target equal to the default as no target: set 3, 2 and back to 3 is the same fingerprint', () => {
    const unset = makeAssessment({ ratings: { 'knowledge:k-one': { level: 1 } } });
    const setToDefault = makeAssessment({ ratings: { 'knowledge:k-one': { level: 1, target: 3 } } });
    expect(assessmentFingerprint(setToDefault, 3)).toBe(assessmentFingerprint(unset, 3));
    expect(assessmentFingerprint(setToDefault, 2)).not.toBe(assessmentFingerprint(unset, 2));
    expect(askedRatings(setToDefault, 3)).toEqual({ ratings: { 'knowledge:k-one': { level: 1 } }, experience: {} });
  });

  it('still recognises the fingerprints earlier versions wrote (pinned from before the app had one canonical JSON)', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/gap-assessment.json', 'utf8')) as {
      state: { assessments: Record<string, Parameters<typeof assessmentFingerprint>[0]> };
    };
    const [stored] = Object.values(fixture.state.assessments);
    expect(fingerprintMatches('fnv1a64:3330d07255a004e5', rated, 3)).toBe(true);
    expect(fingerprintMatches('fnv1a64:5311a837c3bd80ab', makeAssessment(), 3)).toBe(true);
    expect(stored && fingerprintMatches('fnv1a64:26c4df274e422507', stored, 3)).toBe(true);
  });

  it('still recognises a fingerprint made before targets were normalised', () => {
    // What the app wrote before: a target stored as the default counted as set.
    const earlier = `fnv1a64:${fnv1a64(canonicalText({ ratings: { 'unit:DG100': { level: 2, target: 3 } }, experience: { 'e-one': 'some' } }))}`;
    expect(earlier).not.toBe(assessmentFingerprint(rated, 3));
    expect(fingerprintMatches(earlier, rated, 3)).toBe(true);
    expect(fingerprintMatches(assessmentFingerprint(rated, 3), rated, 3)).toBe(true);
    expect(fingerprintMatches(earlier, { ...rated, ratings: { 'unit:DG100': { level: 1 } } }, 3)).toBe(false);
  });
});

describe('ratingChanges', () => {
  it('lists each level, target and status that differs, from and to, a target as the default when unset', () => {
    const before = {
      ratings: { 'unit:DG100': { level: 2 as const }, 'knowledge:k-one': { level: 1 as const, target: 4 as const } },
      experience: { 'e-one': 'some' as const },
    };
    const after = {
      ratings: { 'unit:DG100': { level: 3 as const, target: 2 as const }, 'unit:DT100': { level: 0 as const } },
      experience: { 'e-two': 'yes' as const },
    };
    expect(ratingChanges(before, after, 3)).toEqual([
      { key: 'unit:DG100', field: 'level', from: 2, to: 3 },
      { key: 'unit:DG100', field: 'target', from: 3, to: 2 },
      { key: 'knowledge:k-one', field: 'level', from: 1, to: null },
      { key: 'knowledge:k-one', field: 'target', from: 4, to: 3 },
      { key: 'unit:DT100', field: 'level', from: null, to: 0 },
      { key: 'experience:e-one', field: 'status', from: 'some', to: null },
      { key: 'experience:e-two', field: 'status', from: null, to: 'yes' },
    ]);
    expect(ratingChanges(before, before, 3)).toEqual([]);
  });
});

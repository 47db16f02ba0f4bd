import { describe, expect, it } from 'vitest';
import { assessmentDetailsHref, backupHref, assessmentHref, assessmentsHref, gapsHref, newAssessmentHref, parseRoute, planHref, profileHref, reportHref, reviewModeHref, reviewsHref } from './routes';

describe('parseRoute', () => {
  it('reads every screen from the hash its href builder makes', () => {
    expect(parseRoute(profileHref('dcio'))).toEqual({ screen: 'profile', profileId: 'dcio' });
    expect(parseRoute(assessmentsHref())).toEqual({ screen: 'assessments' });
    expect(parseRoute(backupHref())).toEqual({ screen: 'backup' });
    expect(parseRoute(newAssessmentHref())).toEqual({ screen: 'new-assessment', profileId: null });
    expect(parseRoute(newAssessmentHref('cio-assistant'))).toEqual({ screen: 'new-assessment', profileId: 'cio-assistant' });
    expect(parseRoute(assessmentHref('a1b2c3'))).toEqual({ screen: 'assessment', assessmentId: 'a1b2c3' });
    expect(parseRoute(assessmentDetailsHref('a1b2c3'))).toEqual({ screen: 'assessment-details', assessmentId: 'a1b2c3' });
    expect(parseRoute(gapsHref('a1b2c3'))).toEqual({ screen: 'gaps', assessmentId: 'a1b2c3' });
    expect(parseRoute(reportHref('a1b2c3'))).toEqual({ screen: 'report', assessmentId: 'a1b2c3' });
    expect(parseRoute(planHref('a1b2c3'))).toEqual({ screen: 'plan', assessmentId: 'a1b2c3' });
    expect(parseRoute(reviewsHref('a1b2c3'))).toEqual({ screen: 'reviews', assessmentId: 'a1b2c3' });
    expect(parseRoute(reviewModeHref())).toEqual({ screen: 'review-mode' });
  });

  it('keeps whatever follows #/profiles/, lower-cased, so the screen can say it is unknown', () => {
    expect(parseRoute('#/profiles/DCIO')).toEqual({ screen: 'profile', profileId: 'dcio' });
    expect(parseRoute('#/profiles/dcio/x')).toEqual({ screen: 'profile', profileId: 'dcio/x' });
  });

  it('gives the first screen for an empty or foreign hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'profile', profileId: null });
    expect(parseRoute('#units')).toEqual({ screen: 'profile', profileId: null });
    expect(parseRoute('#/assessments/new/x/y')).toEqual({ screen: 'profile', profileId: null });
    expect(parseRoute('#/assessments/A B')).toEqual({ screen: 'profile', profileId: null });
  });
});

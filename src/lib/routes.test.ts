import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from './routes';

describe('parseRoute', () => {
  it('reads every screen back from the hash its href builds', () => {
    expect(parseRoute(routes.home.href())).toEqual({ screen: 'home' });
    expect(parseRoute(routes.profile.href({ profileId: 'dcio' }))).toEqual({ screen: 'profile', profileId: 'dcio' });
    expect(parseRoute(routes.assessments.href())).toEqual({ screen: 'assessments' });
    expect(parseRoute(routes.backup.href())).toEqual({ screen: 'backup' });
    expect(parseRoute(routes['new-assessment'].href())).toEqual({ screen: 'new-assessment', profileId: null });
    expect(parseRoute(routes['new-assessment'].href({ profileId: 'cio-assistant' }))).toEqual({ screen: 'new-assessment', profileId: 'cio-assistant' });
    expect(parseRoute(routes.assessment.href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'assessment', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes['assessment-details'].href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'assessment-details', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes.gaps.href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'gaps', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes.report.href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'report', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes.plan.href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'plan', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes.reviews.href({ assessmentId: 'a1b2c3' }))).toEqual({ screen: 'reviews', assessmentId: 'a1b2c3' });
    expect(parseRoute(routes['review-mode'].href())).toEqual({ screen: 'review-mode', id: null });
    expect(parseRoute(routes['review-mode'].href({ id: 'draft1' }))).toEqual({ screen: 'review-mode', id: 'draft1' });
    expect(parseRoute(routes.organisation.href())).toEqual({ screen: 'organisation' });
  });

  it('round-trips every entry of the table, so a new entry is covered by itself', () => {
    for (const entry of Object.values(routes)) {
      const params = Object.fromEntries([...entry.pattern.matchAll(/:(\w+)/g)].map((match) => [match[1], 'x-1 ü/%']));
      expect(parseRoute((entry.href as (p: object) => string)(params))).toEqual({ screen: entry.screen, ...params });
    }
  });

  it('prefers a literal segment to a parameter, whatever the order of the table', () => {
    expect(parseRoute('#/assessments/new')).toEqual({ screen: 'new-assessment', profileId: null });
    expect(parseRoute('#/assessments/news')).toEqual({ screen: 'assessment', assessmentId: 'news' });
  });

  it('gives the first screen for an empty hash or an in-page anchor', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
    expect(parseRoute('#units')).toEqual({ screen: 'home' });
  });

  it('never throws: an unknown or undecodable address is not-found', () => {
    expect(parseRoute('#/profiles/%')).toEqual({ screen: 'not-found', path: '/profiles/%' });
    expect(parseRoute('#/assessments/%E0%A4%A/gaps')).toEqual({ screen: 'not-found', path: '/assessments/%E0%A4%A/gaps' });
    expect(parseRoute('#/profiles/dcio/x')).toEqual({ screen: 'not-found', path: '/profiles/dcio/x' });
    expect(parseRoute('#/assessments/new/x/y')).toEqual({ screen: 'not-found', path: '/assessments/new/x/y' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'not-found', path: '/nowhere' });
  });

  it('decodes parameters and keeps a trailing slash harmless', () => {
    expect(parseRoute('#/profiles/DCIO/')).toEqual({ screen: 'profile', profileId: 'DCIO' });
    expect(parseRoute('#/profiles/%E0%B8%81')).toEqual({ screen: 'profile', profileId: 'ก' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, profileHref } from './routes';

describe('parseRoute', () => {
  it('reads the profile id from the hash', () => {
    expect(parseRoute('#/profiles/dcio')).toEqual({ screen: 'profile', profileId: 'dcio' });
    expect(parseRoute(profileHref('cio-assistant'))).toEqual({ screen: 'profile', profileId: 'cio-assistant' });
  });

  it('gives the first screen for an empty or foreign hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'profile', profileId: null });
    expect(parseRoute('#units')).toEqual({ screen: 'profile', profileId: null });
    expect(parseRoute('#/profiles/<script>')).toEqual({ screen: 'profile', profileId: null });
  });
});

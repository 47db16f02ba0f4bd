import { describe, expect, it } from 'vitest';
import { screens } from '../../src/app/screens';
import { routes } from '../../src/lib/routes';

const entries = Object.entries(screens);

describe('adding a screen is one entry in the route table, with its loader and budget beside it (issue 24)', () => {
  it('has an entry for every route of lib/routes.ts, and for not-found', () => {
    expect(Object.keys(screens).sort()).toEqual([...Object.keys(routes), 'not-found'].sort());
  });

  it.each(entries)("gives %s a loader and a budget: its own when it loads lazily, the first load's when it does not", (_screen, entry) => {
    if (entry.load === null) {
      expect(entry.budget).toBeNull();
    } else {
      expect(entry.load).toBeTypeOf('function');
      expect(entry.budget).toBeTypeOf('number');
      expect(entry.budget).toBeGreaterThan(0);
    }
  });

  it('gives the routes one loader shows the same budget', () => {
    const byLoader = new Map<unknown, Set<unknown>>();
    for (const [, entry] of entries) if (entry.load) byLoader.set(entry.load, (byLoader.get(entry.load) ?? new Set()).add(entry.budget));
    expect([...byLoader.values()].filter((kbs) => kbs.size > 1)).toEqual([]);
  });

  it('marks the navigation as before the table held it: profiles, backup and organisation their own, catalogue and not-found none, the rest assessments', () => {
    const bySection = (section: string | null) =>
      entries
        .filter(([, entry]) => entry.nav === section)
        .map(([screen]) => screen)
        .sort();
    expect(bySection('profiles')).toEqual(['home', 'profile']);
    expect(bySection('backup')).toEqual(['backup']);
    expect(bySection('organisation')).toEqual(['organisation']);
    expect(bySection(null)).toEqual(['catalogue', 'not-found']);
    expect(bySection('assessments')).toEqual(
      Object.keys(screens)
        .filter((screen) => !['home', 'profile', 'backup', 'organisation', 'catalogue', 'not-found'].includes(screen))
        .sort(),
    );
  });
});

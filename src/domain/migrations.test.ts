import { describe, expect, it } from 'vitest';
import version1 from '../../tests/fixtures/persisted-v1.json';
import version2 from '../../tests/fixtures/persisted-v2.json';
import version3 from '../../tests/fixtures/persisted-v3.json';
import version4 from '../../tests/fixtures/persisted-v4.json';
import version5 from '../../tests/fixtures/persisted-v5.json';
import version6 from '../../tests/fixtures/persisted-v6.json';
import version7 from '../../tests/fixtures/persisted-v7.json';
import version8 from '../../tests/fixtures/persisted-v8.json';
import { checkSteps, migrateStoredState, migrationSteps, schemaVersion } from './migrations';
import { storedStateSchema } from './stored-state';

/** One frozen stored blob per schema version (tests/fixtures): a new version needs its own before its step passes. */
const fixtures: Record<number, { state: unknown; version: number }> = { 1: version1, 2: version2, 3: version3, 4: version4, 5: version5, 6: version6, 7: version7, 8: version8 };

function stepsRun(fromVersion: number): string[] {
  const ran: string[] = [];
  migrateStoredState(structuredClone(fixtures[fromVersion]?.state), fromVersion, (name) => ran.push(name));
  return ran;
}

describe('the migration steps', () => {
  it('are one a version, from 2 to the current one, in order', () => {
    expect(checkSteps(migrationSteps, schemaVersion)).toEqual([]);
  });

  it('say when a step is missing, twice, or out of order', () => {
    const [first, second, third] = migrationSteps;
    if (!first || !second || !third) throw new Error('three steps expected');
    expect(checkSteps([first, third], 4)).toEqual(['version 3 has 0 steps']);
    expect(checkSteps([first, second, second, third], 4)).toEqual(['version 3 has 2 steps', `step ${second.name} is out of order`]);
    expect(checkSteps([second, first, third], 4)).toEqual([`step ${first.name} is out of order`]);
    expect(checkSteps(migrationSteps, schemaVersion + 1)).toEqual([`version ${schemaVersion + 1} has 0 steps`]);
  });

  it('has a frozen fixture for every version, each of which the current schema reads after migrating', () => {
    for (let version = 1; version <= schemaVersion; version++) {
      const fixture = fixtures[version];
      expect(fixture?.version, `tests/fixtures/persisted-v${version}.json`).toBe(version);
      expect(storedStateSchema.safeParse(migrateStoredState(structuredClone(fixture?.state), version)).success, `version ${version}`).toBe(true);
    }
  });

  it('runs every step from the oldest fixture, and each step from the fixture just before it', () => {
    const everyStep = new Set(stepsRun(1).concat(stepsRun(2)));
    expect([...everyStep].sort()).toEqual(migrationSteps.map((step) => step.name).sort());
    for (const step of migrationSteps) expect(stepsRun(step.to - 1), `${step.name} from version ${step.to - 1}`).toContain(step.name);
    expect(stepsRun(schemaVersion)).toEqual([]);
  });
});

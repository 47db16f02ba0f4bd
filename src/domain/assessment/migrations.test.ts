import { describe, expect, it } from 'vitest';
import { checkSteps, migrateStoredState, migrationSteps, schemaVersion, storedShape as recordedShape } from './migrations';
import { storedStateSchema } from './stored-state';
import { assessmentIdSchema, assessmentSchema } from './assessment';
import { z } from 'zod/mini';
import { fnv1a64 } from '../shared/hash';

/**
 * One frozen stored blob per schema version (tests/fixtures/persisted-v<version>.json), found by its name: a new version
 * needs its own before its step passes.
 */
const fixtures: Record<number, { state: unknown; version: number }> = Object.fromEntries(
  Object.entries(import.meta.glob<{ state: unknown; version: number }>('../../../tests/fixtures/persisted-v*.json', { eager: true, import: 'default' })).map(
    ([path, fixture]) => [Number(/persisted-v(\d+)\.json$/.exec(path)?.[1]), fixture],
  ),
);

/** The stored state's shape: a fingerprint of its JSON Schema, as data in storage and in a backup file must read. */
function storedShape(schema: z.core.$ZodType = storedStateSchema): string {
  return `fnv1a64:${fnv1a64(JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })))}`;
}

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

  it('changes the stored shape only with a new version: the shape recorded beside schemaVersion matches the schema', () => {
    const shape = storedShape();
    expect(
      recordedShape,
      `The stored shape changed (decision 009: an older app must refuse what it cannot read, so a new shape is a new version). Add version ${schemaVersion + 1} in src/domain/assessment/migrations.ts: a named step, and storedShape = '${shape}'; then freeze tests/fixtures/persisted-v${schemaVersion + 1}.json.`,
    ).toBe(shape);
  });

  it('sees an optional field added to an assessment as a new shape', () => {
    const withField = z.object({
      ...storedStateSchema.shape,
      assessments: z.record(assessmentIdSchema, z.extend(assessmentSchema, { mentorName: z.optional(z.string()) })),
    });
    expect(storedShape(withField)).not.toBe(storedShape());
  });

  it('finds every fixture, one a version from 1', () => {
    expect(
      Object.keys(fixtures)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: schemaVersion }, (_, index) => index + 1));
  });
});

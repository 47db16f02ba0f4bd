import { describe, expect, it } from 'vitest';
import { assessmentIdSchema } from '../domain/assessment/assessment';
import { newId } from './ids';

describe('newId', () => {
  it('makes ids that the assessment schema accepts, and different each time', () => {
    const ids = Array.from({ length: 200 }, newId);
    for (const id of ids) expect(assessmentIdSchema.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

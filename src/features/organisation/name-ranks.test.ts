import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameRanks } from './name-ranks';

describe('name ranks', () => {
  it("order names as the collator does, however they come in, and keep the known names' numbers when a few are added", () => {
    const name = fc.stringMatching(/^[ก-ฮa-z][ก-ฮะ-ูเ-์a-z ]{0,6}$/);
    fc.assert(
      fc.property(fc.array(fc.array(name, { maxLength: 30 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const ranks = new NameRanks('th');
        const collator = new Intl.Collator('th');
        const seen: string[] = [];
        for (const batch of batches) {
          const before = new Map(seen.map((known) => [known, ranks.rankOf(known)]));
          const kept = ranks.update(batch);
          seen.push(...batch);
          if (kept) for (const [known, rank] of before) expect(ranks.rankOf(known)).toBe(rank);
          const byRank = [...new Set(seen)].sort((a, b) => ranks.rankOf(a) - ranks.rankOf(b));
          for (let index = 1; index < byRank.length; index++) expect(collator.compare(byRank[index - 1] ?? '', byRank[index] ?? '')).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('place a hundred names between the same two neighbours, working the numbers out again when they run too close', () => {
    const ranks = new NameRanks('en');
    ranks.update(['a', 'c']);
    for (let index = 0; index < 100; index++) ranks.update([`b${String(100 - index).padStart(3, '0')}`]);
    const names = ['a', 'c', ...Array.from({ length: 100 }, (_, index) => `b${String(index + 1).padStart(3, '0')}`)];
    expect([...names].sort((x, y) => ranks.rankOf(x) - ranks.rankOf(y))).toEqual([...names].sort());
  });
});

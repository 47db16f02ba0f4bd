import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import { makeCatalogue, makeProfile } from '../../testing/profile-factory';
import { itemsByProfile } from '../../domain/assessment/items-by-profile';
import { personRow, personSummary } from '../../domain/organisation/organisation-people';
import { translateOrganisation } from './messages';
import { itemMatrices } from '../../domain/organisation/item-matrices';
import { rankItemShortfalls } from '../../domain/organisation/organisation-aggregate';
import { groupGrid, heatCellText, itemGrid } from './heatmap-grid';
import type { RollupView } from './rollup-protocol';

const catalogue = makeCatalogue();
const items = itemsByProfile({ profiles: [makeProfile()], catalogue });
const today = '2026-11-27';
const row = (experience: NonNullable<Parameters<typeof makeAssessment>[0]>['experience'], id = 'p') =>
  personRow(
    makeAssessment({
      id,
      appointee: { name: `คน ${id}`, position: 'ผู้อำนวยการ', agency: 'กรม ก', appointedOn: '2023-01-15', assessedOn: '2026-11-01' },
      experience,
    }),
    items.mcio ?? [],
    { source: `${id}.json`, defaultTarget: 3, today },
  );
const view = (person: ReturnType<typeof row>) => ({ ...personSummary({ ...person, earlier: [], basis: 'alone' }), nameRank: 0 });
const person = (experience: Parameters<typeof row>[0], id = 'p') => view(row(experience, id));

describe('the heatmap by skill group (HR trial point 2)', () => {
  const grid = (people: RollupView['people'], language: 'th' | 'en' = 'en') =>
    groupGrid(
      { rollup: {} as RollupView, people, groups: ['experience'], rowOf: () => 0, codes: [], catalogue, language, t: translateOrganisation(language) },
      (value) => `${Math.round(value * 100)}%`,
    );

  it('never shows the experience group as met while a starred experience is outstanding, and says how many', () => {
    // The unstarred experience acquired, the starred one not answered and overdue: 100 % over the one rated.
    const [cells = []] = grid([person({ 'e-one': { status: 'yes' } })]).cells;
    expect(cells[0]).toEqual({ value: 1, rated: 1, total: 2, starred: 1 });
    const t = translateOrganisation('en');
    const format = (value: number) => `${Math.round(value * 100)}%`;
    expect(heatCellText(cells[0] ?? null, format, t, false)).toBe('100% (1 of 2 rated) · 1 starred experience outstanding');
    expect(heatCellText(cells[0] ?? null, format, t, true)).toBe('100% *1');
    expect(heatCellText(cells[0] ?? null, format, translateOrganisation('th'), false)).toBe('100% (ประเมินแล้ว 1 จาก 2) · ประสบการณ์ * ที่ยังไม่มี 1');
  });

  it('shows a group met only when all of it is rated and met, "not rated" apart, and a starred experience not answered as outstanding', () => {
    const people = [
      person({ 'e-one': { status: 'yes' }, 'e-two': { status: 'yes' } }, 'met'),
      person({}, 'none'),
      person({ 'e-two': { status: 'yes' } }, 'starred-only'),
    ];
    const cells = grid(people).cells.map((row) => row[0]);
    expect(cells[0]).toBe(1);
    // Nothing rated, but the starred experience is outstanding: flagged, not a plain "not rated".
    expect(cells[1]).toEqual({ value: null, rated: 0, total: 2, starred: 1 });
    // The starred one acquired, the other not answered: the figure counts the rated one, marked as partly rated.
    expect(cells[2]).toEqual({ value: 1, rated: 1, total: 2, starred: 0 });
    const t = translateOrganisation('en');
    expect(heatCellText(cells[1] ?? null, String, t, false)).toBe('not rated · 1 starred experience outstanding');
    expect(heatCellText('not-rated', String, t, true)).toBe('?');
  });
});

describe('the heatmap by the items of the experience group', () => {
  it('writes experience missing in words, as the gap screen does, never as a gap in levels; not rated stays apart', () => {
    const rows = [row({ 'e-one': { status: 'none' }, 'e-two': { status: 'some' } }, 'a'), row({ 'e-one': { status: 'yes' } }, 'b')];
    const itemKeys = (items.mcio ?? []).map((item) => item.key);
    const matrices = itemMatrices(rows, itemKeys, items);
    const people = rows.map(view);
    const rollup = {
      ranking: rankItemShortfalls(rows, items),
      itemKeys,
      itemGaps: matrices.gaps,
      itemTargets: matrices.targets,
      itemUnrated: matrices.unrated,
      people,
    } as unknown as RollupView;
    const t = translateOrganisation('th');
    const grid = itemGrid(
      { rollup, people, groups: ['experience'], rowOf: (id) => people.findIndex((one) => one.id === id), codes: [], catalogue, language: 'th', t },
      'experience',
      String,
    );
    const column = (key: string) => grid.columns.findIndex((entry) => entry.key === key);
    const [one, two] = [column('experience:e-one'), column('experience:e-two')];
    const text = (person: number, at: number, drawn = false) => heatCellText(grid.cells[person]?.[at] ?? null, grid.format, t, drawn);
    expect([text(0, one), text(0, two), text(1, one), text(1, two)]).toEqual(['ขาดทั้งหมด', 'ขาดบางส่วน', '0', 'ยังไม่ประเมิน']);
    expect(text(1, two, true)).toBe('?');
    const english = translateOrganisation('en');
    const gridEn = itemGrid(
      { rollup, people, groups: ['experience'], rowOf: (id) => people.findIndex((entry) => entry.id === id), codes: [], catalogue, language: 'en', t: english },
      'experience',
      String,
    );
    expect(heatCellText(gridEn.cells[0]?.[two] ?? null, gridEn.format, english, false)).toBe('Partly missing');
    expect(heatCellText(gridEn.cells[0]?.[two] ?? null, gridEn.format, english, true)).toBe('Partly');
    // The shade: wholly missing the darkest, partly missing less so.
    expect([grid.shortfall(1), grid.shortfall(0.5)]).toEqual([1, 0.5]);
  });
});

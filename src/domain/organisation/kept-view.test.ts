import { describe, expect, it } from 'vitest';
import { isPeopleSortKey, readKeptView, type KeptView } from './kept-view';

const view: KeptView = {
  filter: { profileId: 'dcio', agency: 'กรมสรรพากร', status: 'overdue', text: 'สม' },
  sort: { key: 'group:DG', direction: 'descending' },
  columns: ['agency', 'overall', 'evidence'],
};

describe("the people table's view kept with a roll-up (HR trial point 4)", () => {
  it('reads back as it was kept: filter, sort and columns', () => {
    expect(readKeptView(JSON.stringify(view))).toEqual(view);
  });

  it('is not put back when there is none, or it is not ours: another sort, another status, not JSON', () => {
    expect(readKeptView(null)).toBeNull();
    expect(readKeptView('{"filter":')).toBeNull();
    expect(readKeptView(JSON.stringify({ ...view, sort: { key: 'salary', direction: 'ascending' } }))).toBeNull();
    expect(readKeptView(JSON.stringify({ ...view, filter: { ...view.filter, status: 'late' } }))).toBeNull();
    expect(readKeptView(JSON.stringify({ filter: view.filter }))).toBeNull();
  });

  it('sorts by a column or a readiness group, nothing else', () => {
    expect(['name', 'deadline', 'group:DG', 'group:DTR'].every(isPeopleSortKey)).toBe(true);
    expect(['group:XX', 'position', ''].some(isPeopleSortKey)).toBe(false);
  });
});

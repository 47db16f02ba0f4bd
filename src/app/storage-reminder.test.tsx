import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialStoredState } from '../domain/stored-state';
import { makeAssessment } from '../testing/assessment-factory';
import { useAppStore } from '../store/app-store';
import { remindAfterChanges, StorageNotices } from './storage-notices';

const assessment = makeAssessment();

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ ...initialStoredState, language: 'en', assessments: { [assessment.id]: assessment } });
  useAppStore.setState({ lastExportedAt: new Date().toISOString(), changesSinceExport: remindAfterChanges - 2 });
});

describe('StorageNotices', () => {
  it('re-renders for a rating only once it shows the count: the reminder comes at the count and follows it', () => {
    let renders = 0;
    render(
      <Profiler id="notices" onRender={() => (renders += 1)}>
        <StorageNotices onBackupScreen={false} />
      </Profiler>,
    );
    const rate = (level: 1 | 2) => act(() => useAppStore.getState().rateItem(assessment.id, 'unit:DG100', level));
    const before = renders;
    rate(1);
    expect(renders).toBe(before);
    expect(screen.queryByRole('complementary')).toBeNull();
    rate(2);
    expect(screen.getByRole('complementary', { name: 'Your latest changes are not backed up' })).toHaveTextContent(`${remindAfterChanges} changes since your last backup`);
    rate(1);
    expect(screen.getByRole('complementary')).toHaveTextContent(`${remindAfterChanges + 1} changes since your last backup`);
  });
});

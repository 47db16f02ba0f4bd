import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '../testing/assessment-factory';
import { renderWithStore } from '../testing/render-app';
import { makeTestStore } from '../testing/test-store';
import { remindAfterChanges, StorageNotices } from './storage-notices';

const assessment = makeAssessment();

describe('StorageNotices', () => {
  it('re-renders for a rating only once it shows the count: the reminder comes at the count and follows it', () => {
    const store = makeTestStore({ language: 'en', assessments: [assessment] });
    store.setState({ lastExportedAt: store.clock.now().toISOString(), changesSinceExport: remindAfterChanges - 2 });
    let renders = 0;
    renderWithStore(
      store,
      <Profiler id="notices" onRender={() => (renders += 1)}>
        <StorageNotices onBackupScreen={false} />
      </Profiler>,
    );
    const rate = (level: 1 | 2) => act(() => store.getState().rateItem(assessment.id, 'unit:DG100', level));
    const before = renders;
    rate(1);
    expect(renders).toBe(before);
    expect(screen.queryByRole('complementary')).toBeNull();
    rate(2);
    expect(screen.getByRole('complementary', { name: 'Your latest changes are not backed up' })).toHaveTextContent(
      `${remindAfterChanges} changes since your last backup`,
    );
    rate(1);
    expect(screen.getByRole('complementary')).toHaveTextContent(`${remindAfterChanges + 1} changes since your last backup`);
  });
});

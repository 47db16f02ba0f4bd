import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resourceCatalogueFormat, type ResourceCatalogue } from '../../domain/scoring/resource-catalogue';
import { createSafeStorage } from '../../lib/safe-storage';
import { keepCatalogue } from '../../lib/resource-catalogue-storage';
import { makeAssessment } from '../../testing/assessment-factory';
import { renderApp } from '../../testing/render-app';
// Loaded before the test, so the app's lazy import of the screen does not race the machine's load.
import './plan-screen';

const resource = (id: string, level: number, hours: number, serves = ['unit:DG100']) => ({
  id,
  title: { th: `หลักสูตร ${id}`, en: `Course ${id}` },
  provider: 'Institute',
  kind: 'course' as const,
  hours,
  costBaht: 1000,
  serves,
  level,
});
const catalogue: ResourceCatalogue = {
  format: resourceCatalogueFormat,
  schemaVersion: 1,
  fileName: 'agency.csv',
  loadedAt: '2026-11-01T00:00:00.000Z',
  resources: [
    resource('LONG', 3, 40),
    { ...resource('SHORT', 3, 6, ['unit:DG100', 'unit:DT100']), kind: 'e-learning', link: 'https://example.org/short' },
    resource('LOW', 1, 1),
  ],
};

describe('suggestions from the catalogue on the plan', () => {
  it('says how to load a catalogue when there is none', async () => {
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } });
    renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    expect(await screen.findByRole('link', { name: 'Choose a catalogue file' })).toHaveAttribute('href', '#/catalogue');
  });

  it('ranks the resources for a gap, and one click adds one as an action with kind, hours, link and items', async () => {
    keepCatalogue(
      createSafeStorage(() => window.localStorage),
      catalogue,
    );
    const assessment = makeAssessment({ ratings: { 'unit:DG100': { level: 1 } } });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/plan`, { language: 'en', assessments: [assessment] });
    const panel = (await screen.findByRole('heading', { name: "Suggested from the agency's catalogue" })).closest('section') as HTMLElement;
    const list = within(panel).getByRole('heading', { name: /^DG100/ }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(' Institute')[0]),
    ).toEqual(['Course SHORT', 'Course LONG']);
    await user.click(within(panel).getByRole('button', { name: 'Add “Course SHORT” to the plan for DG100' }));
    expect(within(panel).getByRole('status').textContent).toContain('Added “Course SHORT” to the plan');
    const actions = store.getState().assessments[assessment.id]?.actions ?? [];
    expect(actions).toMatchObject([
      {
        kind: 'self-study',
        description: 'Course SHORT (Institute)',
        hours: 6,
        link: 'https://example.org/short',
        resourceId: 'SHORT',
        serves: ['unit:DG100', 'unit:DT100'],
        status: 'planned',
      },
    ]);
    expect(within(list).getByText('In the plan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the link' })).toHaveAttribute('href', 'https://example.org/short');
  });

  it("edits an action's hours and link in the form, and refuses a link that is not a web address (Thai)", async () => {
    const assessment = makeAssessment({
      ratings: { 'unit:DG100': { level: 1 } },
      actions: [
        {
          id: 'action-one',
          kind: 'course',
          description: 'หลักสูตร',
          targetOn: '2027-01-31',
          status: 'planned',
          serves: ['unit:DG100'],
          resourceId: 'SHORT',
          hours: 6,
        },
      ],
    });
    const { user, store } = renderApp(`#/assessments/${assessment.id}/plan`, { assessments: [assessment] });
    await user.click(await screen.findByRole('button', { name: 'แก้ไข หลักสูตร' }));
    const hours = screen.getByRole('textbox', { name: /จำนวนชั่วโมง/ });
    expect(hours).toHaveValue('6');
    await user.clear(hours);
    await user.type(hours, '7.5');
    await user.type(screen.getByRole('textbox', { name: /ลิงก์/ }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'บันทึกกิจกรรม' }));
    expect(await screen.findAllByText('ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// หรือเว้นว่าง')).not.toHaveLength(0);
    const link = screen.getByRole('textbox', { name: /ลิงก์/ });
    await user.clear(link);
    await user.type(link, 'https://example.org/x');
    await user.click(screen.getByRole('button', { name: 'บันทึกกิจกรรม' }));
    await waitFor(() =>
      expect(store.getState().assessments[assessment.id]?.actions?.[0]).toMatchObject({ hours: 7.5, link: 'https://example.org/x', resourceId: 'SHORT' }),
    );
  });
});

import { act, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeAssessment } from '../../testing/assessment-factory';
import type { ExperienceItem, ProficiencyItem } from '../../domain/assessment/assessment-items';
import { makeRatingScale } from '../../testing/profile-factory';
import { ExperienceItemView } from './experience-item';
import { ProficiencyItemView } from './proficiency-item';
import type { AppStore } from '../../store/app-store';
import { renderWithStore } from '../../testing/render-app';
import { makeTestStore } from '../../testing/test-store';
import { setClock } from '../../lib/clock';

let store: AppStore;

const scale = makeRatingScale();
const unit: ProficiencyItem = {
  kind: 'unit',
  section: 'units',
  scale: 'proficiency',
  group: 'DG',
  key: 'unit:DG100',
  code: 'DG100',
  title: { th: 'ปฏิบัติตามกฎหมาย', en: 'Comply with the law' },
};
const starred: ExperienceItem = {
  kind: 'experience',
  section: 'experience',
  key: 'experience:study-visit',
  id: 'study-visit',
  code: 'E7',
  title: { th: 'ศึกษาดูงาน', en: 'Study visit' },
  starred: true,
};
const rating = () => store.getState().assessments['test-assessment']?.ratings['unit:DG100'];

beforeEach(() => {
  store = makeTestStore({ language: 'th', assessments: [makeAssessment()] });
});

describe('ProficiencyItemView', () => {
  function renderUnit() {
    return renderWithStore(store, <ProficiencyItemView assessmentId="test-assessment" item={unit} scale={scale.proficiency} defaultTarget={3} />);
  }

  it('is a radio group named by its code and title, unrated at first (never 0)', () => {
    renderUnit();
    const group = screen.getByRole('radiogroup', { name: 'DG100 ปฏิบัติตามกฎหมาย' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(within(group).queryByRole('radio', { checked: true })).toBeNull();
    expect(screen.getByText('ยังไม่ได้ประเมิน')).toBeInTheDocument();
    expect(rating()).toBeUndefined();
  });

  it('rates with the keyboard: Tab into the group, Space, then arrow keys move the level', async () => {
    const user = userEvent.setup();
    renderUnit();
    await user.tab();
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(rating()).toEqual({ level: 0 });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // The chosen radio and the store at once; the status line after the next paint (decision 015).
    expect(screen.getAllByRole('radio')[2]).toBeChecked();
    expect(rating()).toEqual({ level: 2 });
    expect(await screen.findByText(/ต่ำกว่าระดับที่คาดหวัง \(3\) 1 ระดับ/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(rating()).toEqual({ level: 1 });
  });

  it('sets a target, clears the rating back to unrated, and keeps a note', async () => {
    const user = userEvent.setup();
    renderUnit();
    await user.click(screen.getAllByRole('radio')[3] as HTMLElement);
    await user.selectOptions(screen.getByRole('combobox', { name: 'ระดับที่คาดหวัง' }), '4');
    expect(rating()).toEqual({ level: 3, target: 4 });
    await user.click(screen.getByText('หมายเหตุ'));
    await user.type(screen.getByRole('textbox', { name: 'หมายเหตุสำหรับ DG100' }), 'อบรม <b>PDPA</b>');
    await user.click(screen.getByRole('button', { name: 'ล้างคะแนน DG100' }));
    expect(rating()).toEqual({ target: 4, note: 'อบรม <b>PDPA</b>' });
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  });

  it('undoes a cleared rating from the keyboard: level, target and note as they were, and says so', async () => {
    const user = userEvent.setup();
    renderUnit();
    await user.click(screen.getAllByRole('radio')[2] as HTMLElement);
    await user.selectOptions(screen.getByRole('combobox', { name: 'ระดับที่คาดหวัง' }), '4');
    await user.click(screen.getByText('หมายเหตุ'));
    await user.type(screen.getByRole('textbox', { name: 'หมายเหตุสำหรับ DG100' }), 'อบรม');
    await user.click(screen.getByRole('button', { name: 'ล้างคะแนน DG100' }));
    expect(rating()).toEqual({ target: 4, note: 'อบรม' });
    expect(screen.getByRole('status')).toHaveTextContent('ล้างคะแนน DG100 แล้ว');
    const undo = screen.getByRole('button', { name: 'เลิกล้างคะแนน DG100' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rating()).toEqual({ level: 2, target: 4, note: 'อบรม' });
    expect(screen.getByRole('radio', { checked: true })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'เลิกล้างคะแนน DG100' })).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('the radios and the store', () => {
  it('show a rating that comes from elsewhere (another tab, an import, undo) before the next paint', () => {
    renderWithStore(store, <ProficiencyItemView assessmentId="test-assessment" item={unit} scale={scale.proficiency} defaultTarget={3} />);
    act(() => store.getState().rateItem('test-assessment', 'unit:DG100', 3));
    expect(screen.getAllByRole('radio')[3]).toBeChecked();
    expect(screen.getByText(/ระดับ 3/)).toBeInTheDocument();
    act(() => store.getState().rateItem('test-assessment', 'unit:DG100', undefined));
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  });

  it('tell the store of a click on an experience status, with the status line after the paint', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <ExperienceItemView assessmentId="test-assessment" item={starred} scale={scale.experience} appointedOn="2024-02-29" />);
    await user.click(screen.getAllByRole('radio')[1] as HTMLElement);
    expect(screen.getAllByRole('radio')[1]).toBeChecked();
    expect(store.getState().assessments['test-assessment']?.experience['study-visit']).toEqual({ status: 'some' });
    expect(await screen.findByText(scale.experience[1]?.label.th ?? '', { selector: '.rating-item__status strong' })).toBeInTheDocument();
  });
});

describe('a starred item left open overnight', () => {
  it('counts its days left again when the day changes', () => {
    const clock = setClock(new Date(2026, 10, 27, 23, 59)); // local time, whatever the zone
    store = makeTestStore({ language: 'en', assessments: [makeAssessment()], clock });
    renderWithStore(store, <ExperienceItemView assessmentId="test-assessment" item={starred} scale={scale.experience} appointedOn="2024-12-05" />);
    expect(screen.getByText('due soon: 8 days left')).toBeInTheDocument();
    act(() => clock.set(new Date(2026, 10, 28, 0, 1)));
    expect(screen.getByText('due soon: 7 days left')).toBeInTheDocument();
  });
});

describe('rendering', () => {
  it('re-renders only the item that was rated, not its neighbours', () => {
    const other: ProficiencyItem = { ...unit, key: 'unit:DG200', code: 'DG200' };
    const renders: Record<string, number> = { 'unit:DG100': 0, 'unit:DG200': 0 };
    renderWithStore(
      store,
      <>
        {[unit, other].map((item) => (
          <Profiler key={item.key} id={item.key} onRender={(id) => (renders[id] = (renders[id] ?? 0) + 1)}>
            <ProficiencyItemView assessmentId="test-assessment" item={item} scale={scale.proficiency} defaultTarget={3} />
          </Profiler>
        ))}
      </>,
    );
    expect(renders).toEqual({ 'unit:DG100': 1, 'unit:DG200': 1 });
    act(() => store.getState().rateItem('test-assessment', 'unit:DG100', 2));
    act(() => store.getState().noteItem('test-assessment', 'unit:DG100', 'x'));
    expect(renders).toEqual({ 'unit:DG100': 3, 'unit:DG200': 1 });
  });
});

describe('ExperienceItemView', () => {
  it('records the status, the date acquired (Buddhist Era) and evidence, and shows the deadline in words', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <ExperienceItemView assessmentId="test-assessment" item={starred} scale={scale.experience} appointedOn="2024-02-29" />);
    expect(screen.getByText(/กำหนดภายใน 28 กุมภาพันธ์ 2569/)).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: /E7 ศึกษาดูงาน/ });
    await user.click(within(group).getAllByRole('radio')[2] as HTMLElement);
    const date = screen.getByRole('group', { name: 'วันที่ได้รับประสบการณ์ (ถ้ามี)' });
    await user.selectOptions(within(date).getByRole('combobox', { name: 'วัน' }), '31');
    await user.selectOptions(within(date).getByRole('combobox', { name: 'เดือน' }), '1');
    await user.type(within(date).getByRole('textbox', { name: 'ปี พ.ศ.' }), '2568');
    await user.type(screen.getByRole('textbox', { name: 'หลักฐานโดยย่อ (ถ้ามี)' }), 'ดูงาน');
    expect(store.getState().assessments['test-assessment']?.experience['study-visit']).toEqual({ status: 'yes', acquiredOn: '2025-01-31', evidence: 'ดูงาน' });
    expect(screen.getByText(/มีแล้ว$/)).toBeInTheDocument();
  });

  it('says when a date does not exist and does not save it', async () => {
    const user = userEvent.setup();
    renderWithStore(store, <ExperienceItemView assessmentId="test-assessment" item={starred} scale={scale.experience} appointedOn="2024-02-29" />);
    const date = screen.getByRole('group', { name: 'วันที่ได้รับประสบการณ์ (ถ้ามี)' });
    await user.selectOptions(within(date).getByRole('combobox', { name: 'วัน' }), '30');
    await user.selectOptions(within(date).getByRole('combobox', { name: 'เดือน' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'ปี พ.ศ.' }), '2568');
    expect(screen.getByText(/วันที่ไม่ครบหรือไม่มีอยู่จริง/)).toBeInTheDocument();
    expect(store.getState().assessments['test-assessment']?.experience['study-visit']).toBeUndefined();
  });
});

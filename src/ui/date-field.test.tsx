import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dateFieldLabels } from '../i18n/date-field-labels';
import type { Language } from '../domain/shared/localized-text';
import { DateField, datePartsToValue } from './date-field';

describe('datePartsToValue', () => {
  it('reads a Buddhist Era year in Thai and a Common Era year in English', () => {
    expect(datePartsToValue({ day: '29', month: '2', year: '2567' }, 'th')).toBe('2024-02-29');
    expect(datePartsToValue({ day: '29', month: '2', year: '2024' }, 'en')).toBe('2024-02-29');
  });

  it('is empty when nothing is filled in, and invalid when partly filled in or not a real date', () => {
    expect(datePartsToValue({ day: '', month: '', year: ' ' }, 'th')).toBe('');
    expect(datePartsToValue({ day: '1', month: '', year: '2568' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '1', month: '1', year: '68' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '29', month: '2', year: '2568' }, 'th')).toBe('invalid');
    expect(datePartsToValue({ day: '31', month: '4', year: '2026' }, 'en')).toBe('invalid');
  });
});

describe('DateField', () => {
  const field = (language: Language, onChange: (value: string) => void) => (
    <DateField legend="Date" value="" language={language} labels={dateFieldLabels(language)} onChange={onChange} />
  );

  it('keeps a date half filled in when the language changes', async () => {
    const onChange = vi.fn();
    const { rerender } = render(field('th', onChange));
    await userEvent.selectOptions(screen.getAllByRole('combobox')[0] as HTMLSelectElement, '5');
    rerender(field('en', onChange));
    expect(screen.getAllByRole('combobox').map((box) => (box as HTMLSelectElement).value)).toEqual(['5', '']);
    expect(onChange).toHaveBeenLastCalledWith('invalid');
  });

  it('writes a full year in the new language’s era, so the date stays the same', async () => {
    const onChange = vi.fn();
    const { rerender } = render(field('th', onChange));
    await userEvent.selectOptions(screen.getAllByRole('combobox')[1] as HTMLSelectElement, '3');
    await userEvent.type(screen.getByRole('textbox'), '2568');
    rerender(field('en', onChange));
    expect(screen.getByRole('textbox')).toHaveValue('2025');
    await userEvent.selectOptions(screen.getAllByRole('combobox')[0] as HTMLSelectElement, '1');
    expect(onChange).toHaveBeenLastCalledWith('2025-03-01');
  });
});

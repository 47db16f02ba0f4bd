import { useId, useState, type FocusEvent, type Ref } from 'react';
import type { Language } from '../domain/shared/localized-text';
import { commonEraYear, displayYear, isCalendarDate, monthNames } from '../domain/calendar/calendar-date';

export interface DateFieldLabels {
  day: string;
  month: string;
  year: string;
  choose: string;
}

/** What the three boxes say as one value: an ISO date, '' when all are empty, 'invalid' otherwise. */
export function datePartsToValue(parts: { day: string; month: string; year: string }, language: Language): string {
  if (!parts.day && !parts.month && !parts.year.trim()) return '';
  const year = Number(parts.year.trim());
  if (!parts.day || !parts.month || !/^\d{4}$/.test(parts.year.trim())) return 'invalid';
  const iso = `${String(commonEraYear(year, language)).padStart(4, '0')}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : 'invalid';
}

/** A year as typed in one language's era, written in another's; a year not yet typed in full is kept as it is. */
function yearIn(year: string, from: Language, to: Language): string {
  return /^\d{4}$/.test(year) ? String(displayYear(commonEraYear(Number(year), from), to)) : year;
}

function partsOf(value: string, language: Language) {
  if (!isCalendarDate(value)) return { day: '', month: '', year: '' };
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { day: String(day), month: String(month), year: String(displayYear(year, language)) };
}

/** What a date field is told: its legend and value, the language of its boxes, and what to do on a change. */
export interface DateFieldProps {
  legend: string;
  value: string;
  language: Language;
  labels: DateFieldLabels;
  onChange: (value: string) => void;
  onBlur?: () => void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** Receives the first box (the day), so a form can move the focus there when the date is wrong. */
  firstRef?: Ref<HTMLSelectElement>;
}

/**
 * A date as day, month and year boxes: the year in the Buddhist Era in Thai, the Common Era in English.
 * Reports an ISO date, '' or 'invalid' (see datePartsToValue). Remount it (key) to load another value. A change of
 * language keeps what was chosen, even a date half filled in, and writes a full year in the new language's era.
 */
export function DateField(props: DateFieldProps) {
  const { legend, value, language, labels, onChange, onBlur, describedBy, invalid, required, firstRef } = props;
  const id = useId();
  const [written, setWritten] = useState(() => ({ language, parts: partsOf(value, language) }));
  // The language changed: the same date, its year in the other era (adjusting state to a prop, not an effect).
  if (written.language !== language) setWritten({ language, parts: { ...written.parts, year: yearIn(written.parts.year, written.language, language) } });
  const { parts } = written;
  const months = monthNames(language);

  function change(part: 'day' | 'month' | 'year', next: string) {
    const updated = { ...parts, [part]: next };
    setWritten({ language, parts: updated });
    onChange(datePartsToValue(updated, language));
  }

  // Only leaving the whole date counts as leaving the field: no error while moving from day to month to year.
  function leaveGroup(event: FocusEvent<HTMLFieldSetElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  }

  return (
    <fieldset className="date-field" aria-describedby={describedBy} aria-invalid={invalid || undefined} onBlur={leaveGroup}>
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <div className="date-field__parts">
        <label htmlFor={`${id}-day`}>
          <span className="date-field__label">{labels.day}</span>
          <select
            ref={firstRef}
            id={`${id}-day`}
            value={parts.day}
            onChange={(e) => change('day', e.target.value)}
            aria-invalid={invalid || undefined}
            required={required}
          >
            <option value="">{labels.choose}</option>
            {Array.from({ length: 31 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-month`}>
          <span className="date-field__label">{labels.month}</span>
          <select
            id={`${id}-month`}
            value={parts.month}
            onChange={(e) => change('month', e.target.value)}
            aria-invalid={invalid || undefined}
            required={required}
          >
            <option value="">{labels.choose}</option>
            {months.map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-year`}>
          <span className="date-field__label">{labels.year}</span>
          <input
            id={`${id}-year`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            size={5}
            value={parts.year}
            onChange={(e) => change('year', e.target.value.replace(/\D/g, ''))}
            aria-invalid={invalid || undefined}
            required={required}
          />
        </label>
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import type { Language } from '../../domain/shared/localized-text';
import type { Assessment } from '../../domain/assessment/assessment';
import { reviewLabel } from '../../i18n/review-label';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { DateField } from '../../ui/date-field';
import { translateReport } from './messages';

/** Optional memo heading: agency, document number (ที่), date (วันที่), subject (เรื่อง) and to whom (เรียน); empty fields print nothing. */
export interface MemoFields {
  agency: string;
  number: string;
  date: string;
  subject: string;
  to: string;
}

/** The longest agency name and document number the printed memo header takes. */
// A document number (ที่) prints on one line: "ดศ 0201/1234" never splits between its letters and its number.
export const memoMaxLength = { agency: 200, number: 60, subject: 300, to: 200 } as const;

export interface PrintOptions {
  memo: MemoFields;
  thaiDigits: boolean;
  /** The review printed as the supervisor's opinion, or null for none. */
  reviewId: string | null;
}

/**
 * The toolbar's printing options, in the screen's language: a disclosure with its marker, open when the screen opens
 * so that the memo fields, Thai digits and the review to print are seen; the user may fold it away.
 */
/** The label of each of the memo's text fields. */
const memoLabels = { agency: 'report.memoAgency', number: 'report.memoNumber', subject: 'report.memoSubject', to: 'report.memoTo' } as const;

export function ReportOptions(props: { language: Language; assessment: Assessment; options: PrintOptions; onChange: (options: PrintOptions) => void }) {
  const { language, assessment, options, onChange } = props;
  const [open, setOpen] = useState(true);
  const reviews = assessment.reviews ?? [];
  const ui = translateReport(language);
  const memo = (patch: Partial<MemoFields>) => onChange({ ...options, memo: { ...options.memo, ...patch } });
  return (
    <details className="report-options" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{ui('report.options')}</summary>
      {reviews.length > 0 && (
        <p className="field">
          <label htmlFor="report-review-choice" className="field__label">
            {ui('report.reviewToPrint')}
          </label>
          <select
            id="report-review-choice"
            className="input"
            value={options.reviewId ?? ''}
            onChange={(event) => onChange({ ...options, reviewId: event.target.value || null })}
          >
            {reviews.map((review) => (
              <option key={review.id} value={review.id}>
                {reviewLabel(review, assessment, language)}
              </option>
            ))}
            <option value="">{ui('report.noReview')}</option>
          </select>
        </p>
      )}
      <p className="checkbox-line">
        <input
          id="report-thai-digits"
          type="checkbox"
          checked={options.thaiDigits}
          onChange={(event) => onChange({ ...options, thaiDigits: event.target.checked })}
        />
        <label htmlFor="report-thai-digits">{ui('report.thaiDigits')}</label>
      </p>
      <fieldset className="report-options__memo" aria-describedby="report-memo-hint">
        <legend>{ui('report.memoFields')}</legend>
        <p id="report-memo-hint" className="field__hint">
          {ui('report.memoHint')}
        </p>
        {(['agency', 'number', 'subject', 'to'] as const).map((field) => (
          <p key={field} className="field">
            <label htmlFor={`memo-${field}`} className="field__label">
              {ui(memoLabels[field])}
            </label>
            <input
              id={`memo-${field}`}
              className="input"
              maxLength={memoMaxLength[field]}
              value={options.memo[field]}
              onChange={(event) => memo({ [field]: event.target.value })}
            />
          </p>
        ))}
        <DateField
          legend={ui('report.memoDate')}
          value={options.memo.date}
          language={language}
          labels={dateFieldLabels(language)}
          onChange={(value) => memo({ date: value === 'invalid' ? '' : value })}
        />
      </fieldset>
    </details>
  );
}

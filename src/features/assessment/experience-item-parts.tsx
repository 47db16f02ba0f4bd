import { useState } from 'react';
import { evidenceMaxLength } from '../../domain/assessment/assessment';
import { isCalendarDateInRange } from '../../domain/calendar/calendar-date';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { useAppStoreApi, useToday } from '../../store/app-store-context';
import { DateField } from '../../ui/date-field';
import { useAssessmentTranslation } from './use-assessment-translation';

/** When the experience was acquired: a date not in the future, saved only once it is one; why not, when it is not. */
export function AcquiredOnField({ assessmentId, itemId, domId, value }: { assessmentId: string; itemId: string; domId: string; value: string | undefined }) {
  const { language, t } = useAssessmentTranslation();
  const { recordExperience } = useAppStoreApi().getState();
  const today = useToday();
  const [dateError, setDateError] = useState<'form.dateInvalid' | 'form.dateInFuture' | 'form.yearOutOfRange' | null>(null);
  const dateInvalid = dateError !== null;
  return (
    <div className="field">
      <DateField
        key={language}
        legend={t('assessment.acquiredOn')}
        value={value ?? ''}
        language={language}
        labels={dateFieldLabels(language)}
        invalid={dateInvalid}
        describedBy={dateInvalid ? `${domId}-date-error` : undefined}
        onChange={(next) => {
          const error =
            next === 'invalid' ? 'form.dateInvalid' : next > today ? 'form.dateInFuture' : next && !isCalendarDateInRange(next) ? 'form.yearOutOfRange' : null;
          setDateError(error);
          if (!error) recordExperience(assessmentId, itemId, { acquiredOn: next || undefined });
        }}
      />
      {dateInvalid && (
        <p id={`${domId}-date-error`} className="field__error">
          {dateError ? t(dateError) : null}
        </p>
      )}
    </div>
  );
}

/** The evidence of the experience, in a few words. */
export function EvidenceField({ assessmentId, itemId, domId, value }: { assessmentId: string; itemId: string; domId: string; value: string | undefined }) {
  const { t } = useAssessmentTranslation();
  const { recordExperience } = useAppStoreApi().getState();
  return (
    <div className="field">
      <label htmlFor={`${domId}-evidence`} className="field__label">
        {t('assessment.evidence')}
      </label>
      <input
        id={`${domId}-evidence`}
        type="text"
        className="input"
        maxLength={evidenceMaxLength}
        value={value ?? ''}
        onChange={(event) => recordExperience(assessmentId, itemId, { evidence: event.target.value })}
      />
    </div>
  );
}

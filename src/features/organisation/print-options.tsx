import { useId, useState } from 'react';
import { useOrgPrintTranslation } from './print-messages';

/** What the printed summary holds and how it is headed: none of it is saved. */
export interface OrgPrintOptions {
  scope: 'summary' | 'full';
  thaiDigits: boolean;
  number: string;
  subject: string;
  preparedBy: string;
  position: string;
}
const noOptions: OrgPrintOptions = { scope: 'full', thaiDigits: false, number: '', subject: '', preparedBy: '', position: '' };

export function usePrintOptions() {
  return useState<OrgPrintOptions>(noOptions);
}

/** The longest document number, subject, name and position the printed heading and signature take. */
const maxLength = { number: 60, subject: 200, preparedBy: 200, position: 200 } as const;

/** The printed summary's options: a summary for a memo or the full one, Thai digits, the memo's number and subject, who prepared it. */
export function PrintOptionsFields({ options, onChange }: { options: OrgPrintOptions; onChange: (options: OrgPrintOptions) => void }) {
  const { t } = useOrgPrintTranslation();
  const id = useId();
  const set = (patch: Partial<OrgPrintOptions>) => onChange({ ...options, ...patch });
  const text = (key: keyof typeof maxLength, label: string) => (
    <p className="field">
      <label htmlFor={`${id}-${key}`} className="field__label">
        {label}
      </label>
      <input id={`${id}-${key}`} className="input" maxLength={maxLength[key]} value={options[key]} onChange={(event) => set({ [key]: event.target.value })} />
    </p>
  );
  return (
    <fieldset className="org-print-options">
      <legend>{t('orgPrint.options')}</legend>
      <fieldset className="org-print-options__scope">
        <legend>{t('orgPrint.scope')}</legend>
        {(['summary', 'full'] as const).map((scope) => (
          <p key={scope} className="checkbox-line">
            <input id={`${id}-${scope}`} type="radio" name={`${id}-scope`} checked={options.scope === scope} onChange={() => set({ scope })} />
            <label htmlFor={`${id}-${scope}`}>{t(`orgPrint.scope.${scope}`)}</label>
          </p>
        ))}
      </fieldset>
      <p className="checkbox-line">
        <input id={`${id}-digits`} type="checkbox" checked={options.thaiDigits} onChange={(event) => set({ thaiDigits: event.target.checked })} />
        <label htmlFor={`${id}-digits`}>{t('orgPrint.thaiDigits')}</label>
      </p>
      <p className="field__hint">{t('orgPrint.memoHint')}</p>
      {text('number', t('orgPrint.memoNumber'))}
      {text('subject', t('orgPrint.memoSubject'))}
      {text('preparedBy', t('orgPrint.preparedBy'))}
      {text('position', t('orgPrint.preparedPosition'))}
    </fieldset>
  );
}

import { forwardRef, useId } from 'react';
import { pickText, type Language } from '../../domain/localized-text';
import { maxExchangeFileBytes, tooLargeRefusal, type Refusal } from '../../domain/exchange-file';
import { useReviewTranslation } from './use-review-translation';

/** A labelled .json file field that hands over the chosen file and can be chosen again. */
export function FilePicker({ label, hintId, onFile }: { label: string; hintId?: string; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </p>
  );
}

/** Why a file was refused, where in it, and that nothing saved changed. Focusable so the caller can move focus to it. */
export const RefusalNotice = forwardRef<HTMLDivElement, { file: string; refusal: Refusal; language: Language; title?: string }>(function RefusalNotice(
  { file, refusal, language, title },
  ref,
) {
  const { t } = useReviewTranslation();
  const deep = refusal.path.includes('.') || refusal.path.includes('[');
  return (
    <div className="data-problems" role="alert" ref={ref} tabIndex={-1} data-refusal={refusal.code}>
      <p>
        <strong>{title ?? t('reviews.refused', { file })}</strong>
      </p>
      <p>
        {deep ? `${refusal.path}: ` : ''}
        {pickText(refusal.message, language)}
      </p>
      <p>{t('reviews.nothingChanged')}</p>
    </div>
  );
});

/** The result of `parse` on the file's text, or the too-large refusal without reading a file over 2 MB. */
export async function readExchange<T extends { ok: boolean }>(file: File, parse: (text: string) => T): Promise<T | { ok: false; refusal: Refusal }> {
  return file.size > maxExchangeFileBytes ? { ok: false, refusal: tooLargeRefusal } : parse(await file.text());
}

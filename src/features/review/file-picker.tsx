import { forwardRef } from 'react';
import { FileField } from '../../ui/file-field';
import { pickText, type Language } from '../../domain/localized-text';
import { maxExchangeFileBytes, tooLargeRefusal, type Refusal } from '../../domain/exchange-file';
import { readFileText } from '../../lib/read-file';
import { useReviewTranslation } from './use-review-translation';

/** A .json file field, a button labelled in the page's language, that hands over the chosen file and can be chosen again. */
export function FilePicker({ label, hintId, onFile }: { label: string; hintId?: string; onFile: (file: File) => void }) {
  return (
    <p className="field">
      <FileField label={label} accept=".json,application/json" aria-describedby={hintId} onFiles={([file]) => file && onFile(file)} />
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

/** The result of `parse` on the file's text, or, without reading a file over 2 MB, the refusal that says its size. */
export async function readExchange<T extends { ok: boolean }>(file: File, parse: (text: string) => T): Promise<T | { ok: false; refusal: Refusal }> {
  const read = await readFileText(file, maxExchangeFileBytes);
  return read.ok ? parse(read.text) : { ok: false, refusal: tooLargeRefusal(read.tooLarge) };
}

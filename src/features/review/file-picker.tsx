import { forwardRef, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FileField } from '../../ui/file-field';
import { pickText, type Language, type LocalizedText } from '../../domain/shared/localized-text';
import { wordsOfProblem } from '../../i18n/problem-words';
import { maxExchangeFileBytes, tooLargeRefusal, type Refusal } from '../../domain/files/exchange-file';
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

/** Why a file was refused, in words, and that nothing saved changed. Focusable so the caller can move focus to it. */
export const RefusalNotice = forwardRef<HTMLDivElement, { file: string; refusal: Refusal; words: LocalizedText; language: Language; title?: string }>(
  function RefusalNotice({ file, refusal, words, language, title }, ref) {
    const { t } = useReviewTranslation();
    // The words say what is wrong; only a field out of shape, which the words cannot place, adds where it is.
    const where = refusal.code === 'invalid' && (refusal.path.includes('.') || refusal.path.includes('['));
    // The same file again is no failure: said calmly, as news, and its words already say nothing changed.
    if (refusal.code === 'duplicate')
      return (
        <div className="notice" role="status" ref={ref} tabIndex={-1} data-refusal={refusal.code}>
          <p>
            <strong>{t('reviews.alreadyImported', { file })}</strong> {pickText(words, language)}
          </p>
        </div>
      );
    return (
      <div className="data-problems" role="alert" ref={ref} tabIndex={-1} data-refusal={refusal.code}>
        <p>
          <strong>{title ?? t('reviews.refused', { file })}</strong>
        </p>
        <p>
          {pickText(words, language)}
          {where && ` (${t('reviews.whereInFile', { path: refusal.path })})`}
        </p>
        <p>{t('reviews.nothingChanged')}</p>
      </div>
    );
  },
);

/** A chosen exchange file as its reader saw it: accepted (what the reader made of it), or refused and why. */
type Reading<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

/**
 * The one flow for an exchange file the user chose (a review request, a review, a plan hand-off): read with its size
 * checked first (a file over 2 MB is refused unread), parsed by `parse` (domain/files/exchange-file.ts), and either given
 * back, or refused with a notice that takes the focus while nothing stored changes. `refusal` is that notice.
 */
export function useExchangeFile(): { read: <T>(file: File, parse: (text: string) => Reading<T>) => Promise<({ ok: true } & T) | null>; refusal: ReactNode } {
  const { language } = useReviewTranslation();
  const [refused, setRefused] = useState<{ file: string; refusal: Refusal; words: LocalizedText } | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  async function read<T>(file: File, parse: (text: string) => Reading<T>): Promise<({ ok: true } & T) | null> {
    setRefused(null);
    const text = await readFileText(file, maxExchangeFileBytes);
    const result: Reading<T> = text.ok ? parse(text.text) : { ok: false, refusal: tooLargeRefusal(text.tooLarge) };
    if (result.ok) return result;
    const words = await wordsOfProblem(result.refusal.message);
    flushSync(() => setRefused({ file: file.name, refusal: result.refusal, words }));
    notice.current?.focus();
    return null;
  }
  return { read, refusal: refused && <RefusalNotice ref={notice} file={refused.file} refusal={refused.refusal} words={refused.words} language={language} /> };
}

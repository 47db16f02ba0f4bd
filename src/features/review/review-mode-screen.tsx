import './review.css';
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AssessmentItem } from '../../domain/assessment-items';
import type { Refusal } from '../../domain/exchange-file';
import { levelSchema, experienceStatusSchema } from '../../domain/rating-scale';
import { parseReviewRequest, startReviewDraft, type ReviewDraft } from '../../domain/review';
import { todayCalendarDate } from '../../domain/calendar-date';
import { useDocumentTitle } from '../../lib/document-title';
import { newId } from '../../lib/ids';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useScreenArrival } from '../../lib/screen-arrival';
import { FilePicker, readExchange, RefusalNotice } from './file-picker';
import { loadReviewDraft, saveReviewDraft } from './review-draft-storage';
import { ReviewForm } from './review-form';
import { useReviewTranslation } from './use-review-translation';


function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([candidate]) => candidate !== key));
}

/** `draft` with the reviewer's value and comment for `item` (an empty entry is dropped). */
function withEntry(draft: ReviewDraft, item: AssessmentItem, entry: { value: string; comment: string }): ReviewDraft {
  const comment = entry.comment ? { comment: entry.comment } : {};
  if (item.kind === 'experience') {
    const status = experienceStatusSchema.safeParse(entry.value);
    const rest = without(draft.experience, item.id);
    const next = { ...(status.success ? { status: status.data } : {}), ...comment };
    return { ...draft, experience: Object.keys(next).length > 0 ? { ...rest, [item.id]: next } : rest };
  }
  const value = entry.value === '' ? undefined : levelSchema.safeParse(Number(entry.value));
  const rest = without(draft.ratings, item.key);
  const next = { ...(value?.success ? { level: value.data } : {}), ...comment };
  return { ...draft, ratings: Object.keys(next).length > 0 ? { ...rest, [item.key]: next } : rest };
}

/**
 * Review mode: the reviewer opens a request file in their own copy of the app, rates and comments, and exports a
 * review. The draft is kept under its own storage key; the reviewer's own assessments are never read or written.
 */
export function ReviewModeScreen() {
  const { profiles } = useProfileLibrary();
  const { language, t } = useReviewTranslation();
  const [draft, setDraftState] = useState<ReviewDraft | null>(loadReviewDraft);
  const [refused, setRefused] = useState<{ file: string; refusal: Refusal } | null>(null);
  const refusal = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('reviewMode.title'), t('app.name'));
  useScreenArrival('review-mode');

  const setDraft = useCallback((change: (current: ReviewDraft) => ReviewDraft) => {
    setDraftState((current) => {
      if (!current) return current;
      const next = change(current);
      saveReviewDraft(next);
      return next;
    });
  }, []);
  const changeItem = useCallback((item: AssessmentItem, entry: { value: string; comment: string }) => setDraft((current) => withEntry(current, item, entry)), [setDraft]);

  async function open(file: File) {
    setRefused(null);
    const result = await readExchange(file, (text) => parseReviewRequest(text, profiles.map((profile) => profile.id)));
    if (!result.ok) {
      flushSync(() => setRefused({ file: file.name, refusal: result.refusal }));
      refusal.current?.focus();
      return;
    }
    const started = startReviewDraft(result.data, { reviewId: newId(), today: todayCalendarDate() });
    saveReviewDraft(started);
    setDraftState(started);
  }

  function close() {
    saveReviewDraft(null);
    setDraftState(null);
  }

  return (
    <div className="review-mode">
      <section className="panel" aria-labelledby="review-mode-title">
        <h1 id="review-mode-title">{t('reviewMode.title')}</h1>
        <p>{t('reviewMode.intro')}</p>
        {!draft && (
          <>
            <FilePicker label={t('reviewMode.choose')} onFile={(file) => void open(file)} />
            {refused && <RefusalNotice ref={refusal} file={refused.file} refusal={refused.refusal} language={language} />}
          </>
        )}
      </section>
      {draft && <ReviewForm draft={draft} setDraft={setDraft} onItemChange={changeItem} onClose={close} />}
    </div>
  );
}

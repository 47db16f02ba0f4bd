import './review.css';
import { useMemo, useState } from 'react';
import { parseReviewRequest, startReviewDraft, type ReviewDraft } from '../../domain/files/review';
import { profileKeysById } from '../../domain/files/profile-keys';
import { useDocumentTitle } from '../../lib/document-title';
import { newId } from '../../lib/ids';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useScreenArrival } from '../../lib/screen-arrival';
import { FilePicker, useExchangeFile } from './file-picker';
import { loadReviewDraft, saveReviewDraft } from './review-draft-storage';
import { useReviewTranslation } from './use-review-translation';
import { useAppStoreApi, useClock } from '../../store/app-store-context';

import { ReviewForm } from './review-form';
import { ChainOpinion } from './chain-opinion';
/**
 * Review mode: the reviewer opens a request file in their own copy of the app, rates and comments, and exports a
 * review. The draft is kept under its own storage key; the reviewer's own assessments are never read or written.
 */
export function ReviewModeScreen() {
  const library = useProfileLibrary();
  const profileKeys = useMemo(() => profileKeysById(library), [library]);
  const { t } = useReviewTranslation();
  // The draft as opened; the form keeps it up to date in storage as the reviewer works.
  const { storage } = useAppStoreApi();
  const [draft, setDraft] = useState<ReviewDraft | null>(() => loadReviewDraft(storage));
  const exchange = useExchangeFile();
  const clock = useClock();
  useDocumentTitle(t('reviewMode.title'), t('app.name'));
  useScreenArrival('review-mode');

  async function open(file: File) {
    const result = await exchange.read(file, (text) => parseReviewRequest(text, profileKeys));
    if (!result) return;
    const started = startReviewDraft(result.data, { reviewId: newId(), today: clock.today() });
    saveReviewDraft(storage, started);
    setDraft(started);
  }

  function close() {
    saveReviewDraft(storage, null);
    setDraft(null);
  }

  return (
    <div className="review-mode">
      <section className="panel" aria-labelledby="review-mode-title">
        <h1 id="review-mode-title">{t('reviewMode.title')}</h1>
        <p>{t('reviewMode.intro')}</p>
        {!draft && (
          <>
            <FilePicker label={t('reviewMode.choose')} onFile={(file) => void open(file)} />
            {exchange.refusal}
          </>
        )}
      </section>
      {draft && <ReviewForm key={draft.reviewId} draft={draft} onClose={close} />}
      <ChainOpinion />
    </div>
  );
}

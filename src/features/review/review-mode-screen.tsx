import './review.css';
import { lazy, Suspense, useMemo, useSyncExternalStore } from 'react';
import { parseReviewRequest, startReviewDraft } from '../../domain/files/review';
import { profileKeysById } from '../../domain/files/profile-keys';
import { useDocumentTitle } from '../../lib/document-title';
import { newId } from '../../lib/ids';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { loadReviewDraft, rememberedReviewer, removeReviewDraft, saveReviewDraft } from '../../lib/review-drafts';
import { loadChainDraft } from '../../lib/chain-drafts';
import { navigate, parseRoute, routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { FilePicker, useExchangeFile } from './file-picker';
import { ReviewForm } from './review-form';
import { ChainOpinion } from './chain-opinion';
import { useReviewTranslation } from './use-review-translation';
import { useAppStoreApi, useClock } from '../../store/app-store-context';

// The drafts kept, if any: loaded apart, as on "My assessments", so its chunk is in no list of the first load.
const ReviewDraftLinks = lazy(() => import('../../ui/review-draft-links').then((module) => ({ default: module.ReviewDraftLinks })));

const onHashChange = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/**
 * The draft open at this address (`#/review/<id>`), read here rather than passed by the route table, whose code is
 * part of the first load.
 */
function useOpenDraftId(): string | null {
  const hash = useSyncExternalStore(onHashChange, () => window.location.hash);
  const route = parseRoute(hash);
  return route.screen === 'review-mode' ? route.id : null;
}

/**
 * Review mode: the reviewer opens a request file in their own copy of the app, rates and comments, and exports a
 * review. Each draft is kept under its own storage key, several at once (one a request), each at its own address;
 * the reviewer's own assessments are never read or written.
 */
export function ReviewModeScreen() {
  const reviewId = useOpenDraftId();
  const library = useProfileLibrary();
  const profileKeys = useMemo(() => profileKeysById(library), [library]);
  const { t } = useReviewTranslation();
  const { storage } = useAppStoreApi();
  // The draft as opened; the form keeps it up to date in storage as the reviewer works.
  const draft = useMemo(() => (reviewId ? loadReviewDraft(storage, reviewId) : null), [storage, reviewId]);
  const exchange = useExchangeFile();
  const clock = useClock();
  useDocumentTitle(t('reviewMode.title'), t('app.name'));
  useScreenArrival(`review-mode:${reviewId ?? ''}`);

  async function open(file: File) {
    const result = await exchange.read(file, (text) => parseReviewRequest(text, profileKeys));
    if (!result) return;
    const started = startReviewDraft(result.data, { reviewId: newId(), today: clock.today() });
    // The name and position of the reviewer's last review, offered again (they can be changed).
    const reviewer = rememberedReviewer(storage);
    saveReviewDraft(storage, reviewer ? { ...started, reviewerName: reviewer.name, reviewerPosition: reviewer.position } : started);
    navigate(routes['review-mode'].href({ id: started.reviewId }));
  }

  function close() {
    if (reviewId) removeReviewDraft(storage, reviewId);
    navigate(routes['review-mode'].href());
  }

  return (
    <div className="review-mode">
      <section className="panel" aria-labelledby="review-mode-title">
        <h1 id="review-mode-title">{t('reviewMode.title')}</h1>
        <p>{t('reviewMode.intro')}</p>
        {!draft && (
          <>
            {reviewId && !loadChainDraft(storage, reviewId) && <p role="alert">{t('reviewMode.noDraft')}</p>}
            <Suspense fallback={null}>
              <ReviewDraftLinks />
            </Suspense>
            <FilePicker label={t('reviewMode.choose')} onFile={(file) => void open(file)} />
            {exchange.refusal}
          </>
        )}
      </section>
      {draft && <ReviewForm key={draft.reviewId} draft={draft} onClose={close} />}
      <ChainOpinion openId={draft ? null : reviewId} />
    </div>
  );
}

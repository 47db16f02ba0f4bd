import { lazy, Suspense, useEffect, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { profileItems, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { createReviewFile, reviewFromDraft, type ReviewDraft } from '../../domain/files/review';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Form, useZodForm } from '../../ui/form';
import { rememberReviewer, saveReviewDraft } from '../../lib/review-drafts';
import { OpinionFields, ReviewerFields } from './review-form-fields';
import { RequestPlan, RequestSummary, ReviewExportPanel } from './review-form-parts';
import { draftOf, formValuesOf, reviewFormSchema, type ReviewFormValues } from './review-form-values';
import { useReviewTranslation } from './use-review-translation';
import { useUnratedConfirm } from './unrated-confirm';
import { useAppStoreApi } from '../../store/app-store-context';

// The items and the rating pieces they share with the appointee's screen load once a request is open (the screen
// itself is a file picker), so the first load's list of what each screen needs does not grow with them.
const ReviewItems = lazy(() => import('./review-items').then((module) => ({ default: module.ReviewItems })));

/** The review itself: who reviews, each item, the overall opinion, the plan; and the export. */
export function ReviewForm(props: { draft: ReviewDraft; onClose: () => void }) {
  const { t } = useReviewTranslation();
  const found = profileItems(useProfileLibrary(), props.draft.request.profileId);
  if (!found) return <p role="alert">{t('reviewMode.unknownProfile')}</p>;
  return <ReviewFormFor {...props} profile={found.profile} items={found.items} />;
}

const missingField = { name: 'reviewerName', position: 'reviewerPosition', date: 'reviewedOn' } as const satisfies Record<string, FieldPath<ReviewFormValues>>;

function ReviewFormFor(props: { draft: ReviewDraft; profile: RoleProfile; items: AssessmentItem[]; onClose: () => void }) {
  const { draft, profile, items, onClose } = props;
  const { t } = useReviewTranslation();
  const [exported, setExported] = useState<string | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const { clock, storage } = useAppStoreApi();
  const [initial] = useState(() => formValuesOf(draft, items));
  // The day the form opened on, by the store's clock: a review dated after it is refused (and by reviewFromDraft).
  const [schema] = useState(() => reviewFormSchema(clock.today()));
  const form = useZodForm(schema, initial);
  const request = draft.request;
  const unrated = useUnratedConfirm(items);

  // Every change is kept as the draft under its own key, without rendering anything: the form's fields are its own.
  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => saveReviewDraft(storage, draftOf(draft, items, values)) }),
    [form, draft, items, storage],
  );

  function exportReview(values: ReviewFormValues) {
    const made = reviewFromDraft(draftOf(draft, items, values), clock.now().toISOString());
    if (!made.ok) {
      // The form checks the same rule first; this is the review's own last word.
      for (const missing of made.missing)
        form.setError(missingField[missing], { message: missing === 'date' ? (made.future ? 'reviewMode.dateFuture' : 'form.dateInvalid') : 'form.required' });
      return;
    }
    // Named for the review's own date, not the day it was exported; in a chain, for its level, so that level 1's file
    // and a later level's are told apart.
    const kind = request.levels && request.levels.length > 1 ? 'review-level-1' : 'review';
    const file = `${safeFileName(kind, profile.abbreviation, request.appointee.name, made.review.reviewer.name, made.review.reviewer.reviewedOn)}.json`;
    // Offered again for the reviewer's next review.
    rememberReviewer(storage, made.review.reviewer);
    // A review with levels still to give an opinion says whom it is about, for them.
    const appointee = request.levels && request.levels.length > 1 ? request.appointee : undefined;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(made.review, __APP_VERSION__, appointee), null, 2)], { type: 'application/json' }), file);
    setExported(file);
  }

  return (
    <>
      <RequestSummary request={request} profile={profile} />
      <Form form={form} onSubmit={(values) => unrated.beforeExport(values, () => exportReview(values))} t={t} className="review-form">
        <ReviewerFields />
        <Suspense fallback={null}>
          <ReviewItems form={form} items={items} request={request} initial={initial} />
        </Suspense>
        <OpinionFields selfRatingsShown={request.selfRatingsShown} />
        <RequestPlan request={request} items={items} />
        <ReviewExportPanel exported={exported} next={request.levels?.[1]} onClose={() => setConfirmClose(true)} />
      </Form>
      {unrated.dialog}
      <ConfirmDialog
        open={confirmClose}
        title={t('reviewMode.closeTitle')}
        body={t('reviewMode.closeBody')}
        confirmLabel={t('reviewMode.closeConfirm')}
        cancelLabel={t('reviewMode.cancel')}
        onConfirm={() => {
          setConfirmClose(false);
          onClose();
        }}
        onCancel={() => setConfirmClose(false)}
      />
    </>
  );
}

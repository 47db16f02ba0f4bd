import { useState } from 'react';
import { formatLongDate, localCalendarDateOf } from '../domain/calendar/calendar-date';
import { profileOf } from '../domain/profile/role-profile';
import { translateReviewDrafts } from '../i18n/review-draft-messages';
import { useTranslator } from '../i18n/use-translation';
import { useProfileLibrary } from '../lib/profile-library-context';
import { chainDraftSummaries, reviewDraftSummaries } from '../lib/review-draft-summaries';
import { routes } from '../lib/routes';
import { useAppStoreApi } from '../store/app-store-context';

/**
 * The draft reviews kept in this browser, each a link to carry on with it: level 1's reviews, then a later level's
 * opinions in progress (issue 26 point 6), on the review screen and on "My assessments". Nothing when there is none.
 * Both screens load it lazily, so its chunk is in no list of the first load.
 */
export function ReviewDraftLinks() {
  const { storage } = useAppStoreApi();
  const { profiles } = useProfileLibrary();
  const { language, t } = useTranslator(translateReviewDrafts);
  const [drafts] = useState(() => ({ reviews: reviewDraftSummaries(storage), opinions: chainDraftSummaries(storage) }));
  if (drafts.reviews.length + drafts.opinions.length === 0) return null;
  const day = (timestamp: string) => formatLongDate(localCalendarDateOf(timestamp), language);
  const role = (profileId: string) => profileOf(profiles, profileId)?.abbreviation;
  const name = (given: string) => given || t('reviewDrafts.anonymous');
  return (
    <section aria-labelledby="review-drafts-title">
      <h2 id="review-drafts-title">{t('reviewDrafts.title')}</h2>
      <ul>
        {drafts.reviews.map(({ reviewId, request }) => (
          <li key={reviewId} data-draft={reviewId}>
            <a href={routes['review-mode'].href({ id: reviewId })}>{t('reviewDrafts.continue', { name: name(request.appointee.name) })}</a> ·{' '}
            {[request.appointee.position, role(request.profileId), t('reviewDrafts.requested', { date: day(request.exportedAt) })].filter(Boolean).join(' · ')}
          </li>
        ))}
        {drafts.opinions.map((opinion) => (
          <li key={opinion.reviewId} data-draft={opinion.reviewId} data-level={opinion.level?.number ?? 'receipt'}>
            <a href={routes['review-mode'].href({ id: opinion.reviewId })}>
              {t(opinion.level ? 'reviewDrafts.opinion' : 'reviewDrafts.receipt', { name: name(opinion.appointee) })}
            </a>{' '}
            ·{' '}
            {[opinion.level && t('reviewDrafts.level', opinion.level), role(opinion.profileId), t('reviewDrafts.passedOn', { date: day(opinion.passedOn) })]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

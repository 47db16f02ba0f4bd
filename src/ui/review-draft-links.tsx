import { useState } from 'react';
import { formatLongDate, localCalendarDateOf } from '../domain/calendar/calendar-date';
import { profileOf } from '../domain/profile/role-profile';
import { translateReviewDrafts } from '../i18n/review-draft-messages';
import { useTranslator } from '../i18n/use-translation';
import { useProfileLibrary } from '../lib/profile-library-context';
import { reviewDraftSummaries } from '../lib/review-draft-summaries';
import { routes } from '../lib/routes';
import { useAppStoreApi } from '../store/app-store-context';

/**
 * The draft reviews kept in this browser, each a link to carry on with it: on the review screen and on "My
 * assessments". Nothing when there is none. Both screens load it lazily, so its chunk is in no list of the first load.
 */
export function ReviewDraftLinks() {
  const { storage } = useAppStoreApi();
  const { profiles } = useProfileLibrary();
  const { language, t } = useTranslator(translateReviewDrafts);
  const [drafts] = useState(() => reviewDraftSummaries(storage));
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="review-drafts-title">
      <h2 id="review-drafts-title">{t('reviewDrafts.title')}</h2>
      <ul>
        {drafts.map(({ reviewId, request }) => {
          const requested = t('reviewDrafts.requested', { date: formatLongDate(localCalendarDateOf(request.exportedAt), language) });
          const facts = [request.appointee.position, profileOf(profiles, request.profileId)?.abbreviation, requested].filter(Boolean).join(' · ');
          return (
            <li key={reviewId} data-draft={reviewId}>
              <a href={routes['review-mode'].href({ id: reviewId })}>
                {t('reviewDrafts.continue', { name: request.appointee.name || t('reviewDrafts.anonymous') })}
              </a>{' '}
              · {facts}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

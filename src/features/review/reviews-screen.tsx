import './review.css';
import { useMemo } from 'react';
import { listAssessmentItems } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
import { profileKeysById, profileKeysOf } from '../../domain/profile-keys';
import { assessmentTitle } from '../../lib/assessment-title';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore } from '../../store/app-store-context';
import { HandoffExport } from './handoff-export';
import { HandoffImport } from './handoff-import';
import { RequestExport } from './request-export';
import { ReviewImport } from './review-import';
import { ReviewList } from './review-list';
import { useReviewTranslation } from './use-review-translation';
import { ownEntry } from '../../domain/own-entry';

/** One assessment's reviews by others and its plan hand-off: export a request, bring reviews back, merge a plan. */
export function ReviewsScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useReviewTranslation();
  const assessment = useAppStore((state) => ownEntry(state.assessments, assessmentId));
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  const items = useMemo(() => (profile ? listAssessmentItems(profile, catalogue) : []), [profile, catalogue]);
  // What a review, a hand-off or a received backup may refer to: the items of the role profiles.
  const keys = useMemo(() => profileKeysOf(profile?.abbreviation ?? '', items), [profile, items]);
  const allKeys = useMemo(() => profileKeysById(profiles, catalogue), [profiles, catalogue]);
  const title = assessment && profile ? assessmentTitle(assessment, profile.abbreviation, language) : undefined;
  useDocumentTitle(title, t('reviews.title'), t('app.name'));
  useScreenArrival(`reviews:${assessmentId}`);
  if (!assessment || !profile) {
    // The app shows the not-found screen for an assessment this browser does not hold (app/screen.tsx).
    return null;
  }
  const itemName = (key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    return item ? `${item.code} ${pickText(item.title, language)}` : key;
  };
  return (
    <div className="reviews">
      <header className="panel">
        <p className="eyebrow">
          <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › <a href={routes.assessment.href({ assessmentId: assessment.id })}>{title}</a>
        </p>
        <h1>{t('reviews.title')}</h1>
        <p>{t('reviews.intro')}</p>
        <p className="field__hint">{t('reviews.fingerprintNote')}</p>
      </header>
      <RequestExport assessment={assessment} abbreviation={profile.abbreviation} />
      <ReviewImport assessment={assessment} profileKeys={keys} items={items} />
      <ReviewList assessment={assessment} items={items} />
      <HandoffImport assessment={assessment} profileKeys={keys} itemName={itemName} />
      <HandoffExport assessment={assessment} abbreviation={profile.abbreviation} profileKeys={allKeys} />
    </div>
  );
}

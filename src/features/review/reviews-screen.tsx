import './review.css';
import { useMemo } from 'react';
import { listAssessmentItems } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
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

/** One assessment's reviews by others and its plan hand-off: export a request, bring reviews back, merge a plan. */
export function ReviewsScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useReviewTranslation();
  const assessment = useAppStore((state) => state.assessments[assessmentId]);
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  const items = useMemo(() => (profile ? listAssessmentItems(profile, catalogue) : []), [profile, catalogue]);
  const title = assessment && profile ? assessmentTitle(assessment, profile.abbreviation, language) : undefined;
  useDocumentTitle(title, t('reviews.title'), t('app.name'));
  useScreenArrival(`reviews:${assessmentId}`);
  if (!assessment || !profile) {
    return (
      <section className="panel" role="alert">
        <h1>{t('reviews.title')}</h1>
        <p>{t('reviews.notFound')}</p>
        <a href={routes.assessments.href()}>{t('nav.assessments')}</a>
      </section>
    );
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
      <ReviewImport assessment={assessment} />
      <ReviewList assessment={assessment} />
      <HandoffImport assessment={assessment} itemName={itemName} />
      <HandoffExport assessment={assessment} abbreviation={profile.abbreviation} profileIds={profiles.map((candidate) => candidate.id)} />
    </div>
  );
}

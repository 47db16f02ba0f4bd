import './review.css';
import { useMemo } from 'react';
import { itemLabelOf } from '../../domain/assessment/assessment-items';
import { profileKeysById, profileKeysOf } from '../../domain/files/profile-keys';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { HandoffExport } from './handoff-export';
import { BackupForAssistant } from './backup-for-assistant';
import { HandoffImport } from './handoff-import';
import { RequestExport } from './request-export';
import { ReviewImport } from './review-import';
import { ReviewList } from './review-list';
import { useReviewTranslation } from './use-review-translation';

/** One assessment's reviews by others and its plan hand-off: export a request, bring reviews back, merge a plan. */
export function ReviewsScreen({ assessmentId }: { assessmentId: string }) {
  const library = useProfileLibrary();
  const { language, t } = useReviewTranslation();
  const screen = useAssessmentScreen(assessmentId);
  const profile = screen?.profile;
  const items = screen?.items;
  // What a review, a hand-off or a received backup may refer to: the items of the role profiles.
  const keys = useMemo(() => profileKeysOf(profile?.abbreviation ?? '', items ?? []), [profile, items]);
  const allKeys = useMemo(() => profileKeysById(library), [library]);
  useDocumentTitle(screen?.title, t('reviews.title'), t('app.name'));
  useScreenArrival(`reviews:${assessmentId}`);
  if (!screen) return null;
  const { assessment, title } = screen;
  const itemName = (key: string) => itemLabelOf(screen.items, key, language);
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
      <RequestExport assessment={assessment} abbreviation={screen.profile.abbreviation} />
      <ReviewImport assessment={assessment} profileKeys={keys} items={screen.items} />
      <ReviewList assessment={assessment} items={screen.items} />
      <HandoffImport
        assessment={assessment}
        profileKeys={keys}
        itemName={itemName}
        backupForAssistant={<BackupForAssistant assessment={assessment} abbreviation={screen.profile.abbreviation} />}
      />
      <HandoffExport assessment={assessment} abbreviation={screen.profile.abbreviation} profileKeys={allKeys} />
    </div>
  );
}

import { useRef } from 'react';
import { nextUnratedItem } from '../../domain/scoring/progress';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore } from '../../store/app-store-context';
import { useAssessmentHeading, type AssessmentHeading } from '../../store/use-assessment-screen';
import { AssessmentHeader } from './assessment-header';
import { NextSteps } from './next-steps';
import { RatingSections } from './rating-sections';
import { ShortcutHelp } from '../../ui/rating/shortcut-help';
import { useKeepPlaceAcrossLanguage } from './use-keep-place';
import { useRatingFilter } from './use-rating-filter';
import { useRatingNavigation } from './use-rating-navigation';
import { RatingToolbar } from './rating-toolbar';
import { ScaleGuide } from '../../ui/rating/scale-guide';
import { SectionNav } from './section-nav';
import { usePageClass } from '../../lib/page-class';
import { ownEntry } from '../../domain/shared/own-entry';

/** Rate every item a profile requires; every change is saved at once. */
export function AssessmentScreen({ assessmentId }: { assessmentId: string }) {
  // Its profile, items and name: never the whole assessment, which changes on every rating (decision 015).
  const heading = useAssessmentHeading(assessmentId);
  return heading && <RatingScreen assessmentId={assessmentId} heading={heading} />;
}

function RatingScreen({ assessmentId, heading }: { assessmentId: string; heading: AssessmentHeading }) {
  const { ratingScale } = useProfileLibrary();
  const { profile, items, title } = heading;
  const { language, t } = useAssessmentTranslation();
  useKeepPlaceAcrossLanguage(language);
  usePageClass('assessment');
  const help = useRef<HTMLDetailsElement>(null);
  const { filter, query, visibleKeys, applyFilter, filtering } = useRatingFilter(assessmentId, items);
  function toggleHelp() {
    const details = help.current;
    if (!details) return;
    details.open = !details.open;
    details.querySelector('summary')?.focus();
  }
  const { announcement, goToNextUnrated } = useRatingNavigation({ assessmentId, items, onHelp: toggleHelp, visibleKeys, applyFilter });
  const allRated = useAppStore((state) => {
    const current = ownEntry(state.assessments, assessmentId);
    return current ? nextUnratedItem(items, current) === undefined : false;
  });
  const visibleItems = items.filter((item) => visibleKeys.has(item.key));
  return (
    <div className="assessment">
      <AssessmentHeader assessmentId={assessmentId} profile={profile} title={title} />
      <ScaleGuide scale={ratingScale} />
      <ShortcutHelp ref={help} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="assessment__layout">
        <SectionNav assessmentId={assessmentId} items={items} onNextUnrated={goToNextUnrated} allRated={allRated} />
        <div className="assessment__main">
          <RatingToolbar
            filter={filter}
            query={query}
            shown={visibleItems.length}
            total={items.length}
            onFilter={(next) => applyFilter(next, query)}
            onQuery={(next) => applyFilter(filter, next)}
            onNextUnrated={goToNextUnrated}
            allRated={allRated}
          />
          {visibleItems.length === 0 && (
            <p className="rating-section__empty" role="status">
              {t('filter.noneAtAll')}{' '}
              <button type="button" className="button button--link" onClick={() => applyFilter('all', '')}>
                {t('filter.showAll')}
              </button>
            </p>
          )}
          <RatingSections assessmentId={assessmentId} items={visibleItems} filtering={filtering} />
          {allRated && <NextSteps assessmentId={assessmentId} />}
        </div>
      </div>
    </div>
  );
}

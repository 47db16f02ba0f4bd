import { assessmentProgress } from '../../domain/scoring/progress';
import { assessmentSections, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { sectionTitleKeys } from '../../ui/rating/section-titles';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useAppStore } from '../../store/app-store-context';
import { routes } from '../../lib/routes';
import { JumpLink } from '../../ui/jump-link';
import { ProgressMeter } from '../../ui/progress-meter';
import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../../ui/icon';
import { ownEntry } from '../../domain/shared/own-entry';

/** The sections with how much of each is rated, and the overall progress; each entry jumps to its section. */
export function SectionNav(props: { assessmentId: string; items: AssessmentItem[]; onNextUnrated: () => void; allRated: boolean }) {
  const { assessmentId, items, onNextUnrated, allRated } = props;
  const { t } = useAssessmentTranslation();
  // Numbers only, compared shallowly: this re-renders when a count changes, not on every rating.
  const counts = useAppStore(
    useShallow((state) => {
      const assessment = ownEntry(state.assessments, assessmentId);
      if (!assessment) return [];
      const progress = assessmentProgress(items, assessment);
      return [progress.overall.rated, progress.overall.total, ...assessmentSections.flatMap((s) => [progress.sections[s].rated, progress.sections[s].total])];
    }),
  );
  const [rated = 0, total = 0] = counts;
  return (
    <nav className="section-nav" aria-label={t('assessment.sections')}>
      <div className="section-nav__bar">
        <ProgressMeter rated={rated} total={total} label={t('assessment.overall')} text={t('assessment.ratedOf', { rated, total })} />
        {allRated ? (
          <a className="button" href={routes.gaps.href({ assessmentId })}>
            {t('assessment.gapsLink')}
          </a>
        ) : (
          <button type="button" className="button" onClick={onNextUnrated} aria-keyshortcuts="U">
            {t('assessment.nextUnrated')}
          </button>
        )}
      </div>
      <ul>
        {assessmentSections.map((section, index) => {
          const sectionRated = counts[2 + index * 2] ?? 0;
          const sectionTotal = counts[3 + index * 2] ?? 0;
          return (
            <li key={section}>
              <JumpLink targetId={`section-${section}`}>
                <span>{t(sectionTitleKeys[section])}</span>{' '}
                <span className="section-nav__count" data-complete={sectionRated === sectionTotal}>
                  {t('assessment.ratedOf', { rated: sectionRated, total: sectionTotal })}
                  {sectionRated === sectionTotal && (
                    <>
                      {' '}
                      <Icon name="check" />
                    </>
                  )}
                </span>
              </JumpLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

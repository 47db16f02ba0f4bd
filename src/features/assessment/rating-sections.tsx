import { Fragment } from 'react';
import { assessmentSections, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { ownEntry } from '../../domain/shared/own-entry';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore } from '../../store/app-store-context';
import { GroupHeading } from '../../ui/rating/group-heading';
import { ExperienceItemView } from './experience-item';
import { ProficiencyItemView } from './proficiency-item';
import { sectionTitleKeys } from '../../ui/rating/section-titles';
import { useAssessmentTranslation } from './use-assessment-translation';

/** The items let through, by section (units, knowledge, experience, behavioural), each rated where it stands. */
export function RatingSections({ assessmentId, items, filtering }: { assessmentId: string; items: readonly AssessmentItem[]; filtering: boolean }) {
  const { ratingScale } = useProfileLibrary();
  const { t } = useAssessmentTranslation();
  const appointedOn = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.appointee.appointedOn ?? '');
  return assessmentSections.map((section) => {
    const sectionItems = items.filter((item) => item.section === section);
    if (filtering && sectionItems.length === 0) return null;
    return (
      <section key={section} id={`section-${section}`} className="rating-section" aria-labelledby={`section-${section}-title`}>
        <h2 id={`section-${section}-title`}>{t(sectionTitleKeys[section])}</h2>
        {sectionItems.map((item, index) => (
          <Fragment key={item.key}>
            <GroupHeading item={item} previous={sectionItems[index - 1]} />
            {item.kind === 'experience' ? (
              <ExperienceItemView assessmentId={assessmentId} item={item} scale={ratingScale.experience} appointedOn={appointedOn} />
            ) : (
              <ProficiencyItemView
                assessmentId={assessmentId}
                item={item}
                scale={item.scale === 'knowledge' ? ratingScale.knowledge : ratingScale.proficiency}
                defaultTarget={ratingScale.defaultTarget}
              />
            )}
          </Fragment>
        ))}
      </section>
    );
  });
}

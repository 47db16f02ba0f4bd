import { Fragment } from 'react';
import { assessmentSections, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import { ownEntry } from '../../domain/shared/own-entry';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore } from '../../store/app-store-context';
import { ExperienceItemView } from './experience-item';
import { ProficiencyItemView } from './proficiency-item';
import { sectionTitleKeys } from './section-nav';
import { useAssessmentTranslation } from './use-assessment-translation';

/** Headings between items: a skill group when it changes, and SPM304 before its first criterion. */
function GroupHeading({ item, previous }: { item: AssessmentItem; previous: AssessmentItem | undefined }) {
  const { catalogue } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  if (item.kind !== 'unit' && item.kind !== 'criterion') return null;
  const previousGroup = previous && (previous.kind === 'unit' || previous.kind === 'criterion') ? previous.group : null;
  const group = catalogue.groups.find((candidate) => candidate.code === item.group);
  const startsSubUnit = item.kind === 'criterion' && previous?.kind !== 'criterion';
  return (
    <>
      {item.group !== previousGroup && group && (
        <h3 className="rating-group">
          <span className="code code--group">{group.code}</span> {pickText(group.title, language)}
        </h3>
      )}
      {startsSubUnit && (
        <p className="rating-subunit">
          {t('profile.subUnit')} <span className="code">{item.subUnitCode}</span> {pickText(item.subUnitTitle, language)} (
          {t('assessment.under', { code: item.parentCode })})
        </p>
      )}
    </>
  );
}

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

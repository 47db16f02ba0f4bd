import './gaps.css';
import type { ExperienceItem } from '../../domain/assessment/assessment-items';
import { isSkillGroup, type ReadinessGroup } from '../../domain/scoring/gaps';
import { pickText } from '../../domain/shared/localized-text';
import { assessmentFileName } from '../../lib/file-name';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useToday } from '../../store/app-store-context';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { ChartTurns } from './chart-turns';
import { DeadlineTimeline } from './deadline-timeline';
import { GapBars } from './gap-bars';
import { GapsHeader, GapsLinks } from './gaps-header';
import { HeadlineFigures } from './headline-figures';
import { ReadinessRadar } from './readiness-radar';
import { ReviewComparison, ReviewControls } from './review-comparison';
import { RoundComparison } from './round-comparison';
import { useGapsTranslation } from './use-gaps-translation';
import { useComparedProfile, useGapAnalyses } from './use-gaps-analysis';

/** Where the appointee is short, by how much, and what is due when; optionally against another role's profile. */
export function GapsScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, ratingScale } = useProfileLibrary();
  const { language, t } = useGapsTranslation();
  const screen = useAssessmentScreen(assessmentId);
  const assessment = screen?.assessment;
  const { profile, items, added, setCompareId } = useComparedProfile(screen);
  const today = useToday();
  const { analysis, review, reviewed, based } = useGapAnalyses(assessment, items);
  useDocumentTitle(screen?.title, t('gaps.title'), t('app.name'));
  useScreenArrival(`gaps:${assessmentId}`);
  if (!screen || !assessment || !profile || !analysis || !based) return null;
  const { title, profile: ownProfile } = screen;

  const nameOf = (group: ReadinessGroup) => {
    if (!isSkillGroup(group)) return t(`gaps.group.${group}`);
    const skillGroup = catalogue.groups.find((candidate) => candidate.code === group);
    return skillGroup ? pickText(skillGroup.title, language) : group;
  };
  const starredItems = items.filter((item): item is ExperienceItem => item.kind === 'experience' && item.starred);
  const own = profile.id === assessment.profileId;
  // Read against another role, the files say so: DCIO-MCIO.
  const fileName = (what: string, extension: string) =>
    assessmentFileName(assessment, own ? profile.abbreviation : `${ownProfile.abbreviation}-${profile.abbreviation}`, what, extension);

  return (
    <div className="gaps">
      <GapsHeader
        assessmentId={assessment.id}
        title={title}
        profile={profile}
        ownProfile={ownProfile}
        added={added}
        roundsHidden={(assessment.rounds?.length ?? 0) > 0}
        onCompare={setCompareId}
      />
      {review && <ReviewControls assessment={assessment} review={review} />}
      <HeadlineFigures analysis={based.analysis} nameOf={nameOf} />
      {review && reviewed && (
        <ReviewComparison
          assessment={assessment}
          review={review}
          items={items}
          defaultTarget={ratingScale.defaultTarget}
          scale={ratingScale}
          self={analysis}
          reviewer={reviewed}
          nameOf={nameOf}
        />
      )}
      {own && (assessment.rounds?.length ?? 0) > 0 && (
        <RoundComparison assessment={assessment} items={items} defaultTarget={ratingScale.defaultTarget} today={today} groupName={nameOf} />
      )}
      <ChartTurns>
        <ReadinessRadar
          analysis={analysis}
          nameOf={nameOf}
          fileName={fileName}
          reviewer={review && reviewed ? { analysis: reviewed, label: t('gaps.reviewerSeries', { name: review.reviewer.name }) } : undefined}
        />
        <GapBars priorities={based.analysis.priorities} language={language} fileName={fileName} onBasis={based.assessment !== assessment} />
        {starredItems.length > 0 && (
          <DeadlineTimeline items={starredItems} assessment={based.assessment} today={today} language={language} fileName={fileName} />
        )}
      </ChartTurns>
      <GapsLinks assessmentId={assessment.id} />
    </div>
  );
}

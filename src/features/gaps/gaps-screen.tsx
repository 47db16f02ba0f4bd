import './gaps.css';
import { useMemo, useState } from 'react';
import { profileItems, type AssessmentItem, type ExperienceItem } from '../../domain/assessment-items';
import { analyseGaps, isSkillGroup, type ReadinessGroup } from '../../domain/gaps';
import { pickText } from '../../domain/localized-text';
import { gapBasisOf, onBasis, reviewerView } from '../../domain/review-compare';
import { assessmentFileName } from '../../lib/file-name';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useToday } from '../../store/app-store-context';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { ChartTurns } from './chart-turns';
import { DeadlineTimeline } from './deadline-timeline';
import { GapBars } from './gap-bars';
import { HeadlineFigures } from './headline-figures';
import { ReadinessRadar } from './readiness-radar';
import { ReviewComparison, ReviewControls } from './review-comparison';
import { OtherRoleNote } from './other-role-note';
import { RoundComparison } from './round-comparison';
import { useGapsTranslation } from './use-gaps-translation';

const noItems: AssessmentItem[] = [];

/** Where the appointee is short, by how much, and what is due when; optionally against another role's profile. */
export function GapsScreen({ assessmentId }: { assessmentId: string }) {
  const library = useProfileLibrary();
  const { catalogue, profiles, ratingScale } = library;
  const { language, t } = useGapsTranslation();
  const screen = useAssessmentScreen(assessmentId);
  const assessment = screen?.assessment;
  const ownProfile = screen?.profile;
  // Read against another role's profile when the user chooses one: its items, which this assessment may not all rate.
  const [compareId, setCompareId] = useState<string | null>(null);
  const compared = useMemo(() => (compareId === null ? null : profileItems(library, compareId)), [library, compareId]);
  const profile = compared?.profile ?? ownProfile;
  const items = compared?.items ?? screen?.items ?? noItems;
  const today = useToday();
  const analysis = useMemo(() => (assessment ? analyseGaps(items, assessment, { defaultTarget: ratingScale.defaultTarget, today }) : null), [items, assessment, ratingScale, today]);
  // Reviews by others: compared with the chosen one (the latest by default); the figures, the gap chart and list use
  // the basis chosen with the assessment (the self-assessment by default), as the plan and the report do.
  const review = assessment ? gapBasisOf(assessment).review : undefined;
  const reviewed = useMemo(
    () => (assessment && review ? analyseGaps(items, reviewerView(assessment, review), { defaultTarget: ratingScale.defaultTarget, today }) : null),
    [items, assessment, review, ratingScale, today],
  );
  const based = useMemo(() => (assessment ? { assessment: onBasis(assessment), analysis: analyseGaps(items, onBasis(assessment), { defaultTarget: ratingScale.defaultTarget, today }) } : null), [items, assessment, ratingScale, today]);
  // Read against another role: the items that role adds, which this assessment never rated.
  const ownItems = screen?.items;
  const added = useMemo(() => {
    if (!ownItems || !compared || compared.profile === ownProfile) return [];
    const own = new Set(ownItems.map((item) => item.key));
    return compared.items.filter((item) => !own.has(item.key));
  }, [ownItems, ownProfile, compared]);
  useDocumentTitle(screen?.title, t('gaps.title'), t('app.name'));
  useScreenArrival(`gaps:${assessmentId}`);
  if (!screen || !assessment || !ownProfile || !profile || !analysis || !based) return null;
  const { title } = screen;

  const nameOf = (group: ReadinessGroup) => {
    if (!isSkillGroup(group)) return t(`gaps.group.${group}`);
    const skillGroup = catalogue.groups.find((candidate) => candidate.code === group);
    return skillGroup ? pickText(skillGroup.title, language) : group;
  };
  const starredItems = items.filter((item): item is ExperienceItem => item.kind === 'experience' && item.starred);
  const own = profile.id === assessment.profileId;
  // Read against another role, the files say so: DCIO-MCIO.
  const fileName = (what: string, extension: string) => assessmentFileName(assessment, own ? profile.abbreviation : `${ownProfile.abbreviation}-${profile.abbreviation}`, what, extension);

  return (
    <div className="gaps">
      <header className="panel gaps__header">
        <p className="eyebrow">
          <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › <a href={routes.assessment.href({ assessmentId: assessment.id })}>{title}</a>
        </p>
        <h1>{t('gaps.title')}</h1>
        <p className="gaps__intro">{t('gaps.intro')}</p>
        <div className="gaps__compare">
          <label htmlFor="compare-profile">{t('gaps.compare')}</label>
          <select id="compare-profile" className="input" value={profile.id} onChange={(event) => setCompareId(event.target.value)} aria-describedby="compare-hint">
            {profiles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.abbreviation} · {pickText(candidate.title, language)}
              </option>
            ))}
          </select>
          <p id="compare-hint" className="field__hint">
            {t('gaps.compareHint')}
          </p>
          {!own && <OtherRoleNote profile={profile.abbreviation} ownProfile={ownProfile.abbreviation} added={added} roundsHidden={(assessment.rounds?.length ?? 0) > 0} />}
        </div>
      </header>
      {review && <ReviewControls assessment={assessment} review={review} />}
      <HeadlineFigures analysis={based.analysis} nameOf={nameOf} />
      {review && reviewed && (
        <ReviewComparison assessment={assessment} review={review} items={items} defaultTarget={ratingScale.defaultTarget} scale={ratingScale} self={analysis} reviewer={reviewed} nameOf={nameOf} />
      )}
      {own && (assessment.rounds?.length ?? 0) > 0 && (
        <RoundComparison assessment={assessment} items={items} defaultTarget={ratingScale.defaultTarget} today={today} groupName={nameOf} />
      )}
      <ChartTurns>
        <ReadinessRadar analysis={analysis} nameOf={nameOf} fileName={fileName} reviewer={review && reviewed ? { analysis: reviewed, label: t('gaps.reviewerSeries', { name: review.reviewer.name }) } : undefined} />
        <GapBars priorities={based.analysis.priorities} language={language} fileName={fileName} onBasis={based.assessment !== assessment} />
        {starredItems.length > 0 && <DeadlineTimeline items={starredItems} assessment={based.assessment} today={today} language={language} fileName={fileName} />}
      </ChartTurns>
      <p className="form__actions">
        <a className="button" href={routes.plan.href({ assessmentId: assessment.id })}>
          {t('gaps.plan')}
        </a>
        <a className="button button--secondary" href={routes.report.href({ assessmentId: assessment.id })}>
          {t('gaps.report')}
        </a>
        <a className="button button--secondary" href={routes.assessment.href({ assessmentId: assessment.id })}>
          {t('gaps.backToRating')}
        </a>
      </p>
    </div>
  );
}

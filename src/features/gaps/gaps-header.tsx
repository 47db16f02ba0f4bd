import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { OtherRoleNote } from './other-role-note';
import { useGapsTranslation } from './use-gaps-translation';

/** The gap screen's heading, and the choice of role profile the ratings are read against, with what that changes. */
export function GapsHeader(props: {
  assessmentId: string;
  title: string;
  profile: RoleProfile;
  ownProfile: RoleProfile;
  added: readonly AssessmentItem[];
  roundsHidden: boolean;
  onCompare: (profileId: string) => void;
}) {
  const { assessmentId, title, profile, ownProfile, added, roundsHidden, onCompare } = props;
  const { profiles } = useProfileLibrary();
  const { language, t } = useGapsTranslation();
  return (
    <header className="panel gaps__header">
      <p className="eyebrow">
        <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › <a href={routes.assessment.href({ assessmentId })}>{title}</a>
      </p>
      <h1>{t('gaps.title')}</h1>
      <p className="gaps__intro">{t('gaps.intro')}</p>
      <div className="gaps__compare">
        <label htmlFor="compare-profile">{t('gaps.compare')}</label>
        <select id="compare-profile" className="input" value={profile.id} onChange={(event) => onCompare(event.target.value)} aria-describedby="compare-hint">
          {profiles.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.abbreviation} · {pickText(candidate.title, language)}
            </option>
          ))}
        </select>
        <p id="compare-hint" className="field__hint">
          {t('gaps.compareHint')}
        </p>
        {profile.id !== ownProfile.id && (
          <OtherRoleNote profile={profile.abbreviation} ownProfile={ownProfile.abbreviation} added={added} roundsHidden={roundsHidden} />
        )}
      </div>
    </header>
  );
}

/** Where to go from the gaps: the plan, the printed report, back to rating. */
export function GapsLinks({ assessmentId }: { assessmentId: string }) {
  const { t } = useGapsTranslation();
  return (
    <p className="form__actions">
      <a className="button" href={routes.plan.href({ assessmentId })}>
        {t('gaps.plan')}
      </a>
      <a className="button button--secondary" href={routes.report.href({ assessmentId })}>
        {t('gaps.report')}
      </a>
      <a className="button button--secondary" href={routes.assessment.href({ assessmentId })}>
        {t('gaps.backToRating')}
      </a>
    </p>
  );
}

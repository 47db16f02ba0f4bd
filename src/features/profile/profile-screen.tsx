import { lazy } from 'react';
import { pickText } from '../../domain/shared/localized-text';
import { profileOf, type RoleProfile } from '../../domain/profile/role-profile';
import { useTranslation } from '../../i18n/use-translation';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { AfterHydration } from '../../ui/after-hydration';
import { JumpLink } from '../../ui/jump-link';
import { useAppStore } from '../../store/app-store-context';
import { ExperienceList } from './experience-list';
import { ProfileHeader } from './profile-header';
import { ProfilePicker } from './profile-picker';
import { SectionTwoPointer } from './section-two-pointer';
import { UnitGroups } from './unit-groups';

// The way back into one's assessment needs the assessment's items and progress: code the first paint never needs
// (there is nothing to continue in the prerendered page), so it loads after.
const ContinueAssessment = lazy(() => import('./continue-assessment').then((module) => ({ default: module.ContinueAssessment })));

const sections = [
  { id: 'role', key: 'profile.section.role' },
  { id: 'units', key: 'profile.section.units' },
  { id: 'knowledge', key: 'profile.section.knowledge' },
  { id: 'experience', key: 'profile.section.experience' },
  { id: 'attributes', key: 'profile.section.attributes' },
  { id: 'behavioural', key: 'profile.section.behavioural' },
] as const;

/** Reads one role profile: everything the circular requires of the role, in the circular's order. */
export function ProfileScreen({ profileId }: { profileId: string | null }) {
  const { profiles } = useProfileLibrary();
  const { t } = useTranslation();
  const hasAssessment = useAppStore((state) => Object.keys(state.assessments).length > 0);
  const found = profileOf(profiles, profileId);
  const profile: RoleProfile | undefined = found ?? profiles[0];
  useDocumentTitle(profile?.abbreviation, t('app.name'));
  useScreenArrival(`profile:${profile?.id ?? ''}`);
  if (!profile) return null;

  return (
    <>
      {hasAssessment && (
        <AfterHydration>
          <ContinueAssessment />
        </AfterHydration>
      )}
      <ProfilePicker profiles={profiles} currentId={profile.id} />
      {profileId !== null && !found && (
        <p className="notice" role="status">
          {t('profile.notFound', { id: profileId })}
        </p>
      )}
      <article className="profile" aria-labelledby="profile-title">
        <ProfileHeader profile={profile} />
        <p className="profile__start">
          <a className="button" href={routes['new-assessment'].href({ profileId: profile.id })}>
            {t('profile.startAssessment')}
          </a>
        </p>
        <ProfileSections profile={profile} />
      </article>
    </>
  );
}

/** The contents, then each part of the profile in the circular's order. */
function ProfileSections({ profile }: { profile: RoleProfile }) {
  const { catalogue } = useProfileLibrary();
  const { language, t } = useTranslation();
  const behaviouralById = new Map(catalogue.behavioural.map((item) => [item.id, item]));
  return (
    <>
      <nav className="toc" aria-label={t('profile.contents')}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <JumpLink targetId={section.id}>{t(section.key)}</JumpLink>
            </li>
          ))}
        </ul>
      </nav>
      <section id="role" aria-labelledby="role-title" className="profile-section">
        <h2 id="role-title">{t('profile.section.role')}</h2>
        <p className="role-text">{pickText(profile.role, language)}</p>
      </section>
      <section id="units" aria-labelledby="units-title" className="profile-section">
        <h2 id="units-title">{t('profile.section.units')}</h2>
        <UnitGroups profile={profile} catalogue={catalogue} />
      </section>
      <section id="knowledge" aria-labelledby="knowledge-title" className="profile-section">
        <h2 id="knowledge-title">{t('profile.section.knowledge')}</h2>
        <SectionTwoPointer text={profile.notes.sectionTwo.knowledge} />
        <ol className="items">
          {profile.knowledge.map((item) => (
            <li key={item.id} className="item">
              {pickText(item.text, language)}
            </li>
          ))}
        </ol>
      </section>
      <section id="experience" aria-labelledby="experience-title" className="profile-section">
        <h2 id="experience-title">{t('profile.section.experience')}</h2>
        <SectionTwoPointer text={profile.notes.sectionTwo.experience} />
        <ExperienceList profile={profile} />
      </section>
      <section id="attributes" aria-labelledby="attributes-title" className="profile-section">
        <h2 id="attributes-title">{t('profile.section.attributes')}</h2>
        <SectionTwoPointer text={profile.notes.sectionTwo.attributes} />
      </section>
      <section id="behavioural" aria-labelledby="behavioural-title" className="profile-section">
        <h2 id="behavioural-title">{t('profile.section.behavioural')}</h2>
        <ul className="items items--behavioural">
          {profile.behavioural.map((id) => {
            const competency = behaviouralById.get(id);
            return competency ? (
              <li key={id} className="item">
                {pickText(competency.title, language)}
                {language === 'th' && (
                  <span className="item__en" lang="en">
                    {' '}
                    ({competency.title.en})
                  </span>
                )}
              </li>
            ) : null;
          })}
        </ul>
      </section>
    </>
  );
}

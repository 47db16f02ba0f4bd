import type { RoleProfile } from '../../domain/profile/role-profile';
import { pickText } from '../../domain/shared/localized-text';
import { useTranslation } from '../../i18n/use-translation';
import { routes } from '../../lib/routes';

/** The three role profiles as links; the current one is marked for screen readers too. */
export function ProfilePicker({ profiles, currentId }: { profiles: RoleProfile[]; currentId: string }) {
  const { language, t } = useTranslation();
  return (
    <nav className="profile-picker" aria-label={t('profile.pickerLabel')}>
      <ul>
        {profiles.map((profile) => (
          <li key={profile.id}>
            <a href={routes.profile.href({ profileId: profile.id })} aria-current={profile.id === currentId ? 'page' : undefined}>
              <span className="profile-picker__abbr">{profile.abbreviation}</span>
              <span className="profile-picker__title">{pickText(profile.title, language)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { countProfileItems } from '../../domain/profile/profile-view';
import { pickText } from '../../domain/shared/localized-text';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { useTranslation } from '../../i18n/use-translation';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { keepThaiPhrasesWhole } from '../../lib/thai-phrases';

/** Title, source and the counts of what the profile requires. */
export function ProfileHeader({ profile }: { profile: RoleProfile }) {
  const { language, t } = useTranslation();
  const counts = countProfileItems(profile);
  const figures = [
    { key: 'units', label: t('profile.count.units'), value: counts.units },
    { key: 'knowledge', label: t('profile.count.knowledge'), value: counts.knowledge },
    { key: 'experience', label: t('profile.count.experience'), value: counts.experience },
    { key: 'starred', label: t('profile.count.starred'), value: counts.starred },
    { key: 'behavioural', label: t('profile.count.behavioural'), value: counts.behavioural },
  ];
  return (
    <header className="profile-header">
      <p className="eyebrow">{profile.abbreviation}</p>
      <h1 id="profile-title">{pickText(profile.title, language)}</h1>
      <p className="profile-header__source">
        {keepThaiPhrasesWhole(
          t('profile.source', {
            office: pickText(profile.source.office, language),
            // A circular's number and a date are each one unit: no line break inside them.
            number: pickText(profile.source.number, language).replace(/ /g, '\u00a0'),
            date: formatLongDate(profile.source.date, language).replace(/ /g, '\u00a0'),
          }),
        )}
        <br />
        {keepThaiPhrasesWhole(t('profile.amends', { amends: pickText(profile.source.amends, language) }))}
      </p>
      <h2 className="visually-hidden">{t('profile.summary')}</h2>
      <dl className="profile-counts">
        {figures.map((figure) => (
          <div key={figure.key} className="profile-counts__item" data-count={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

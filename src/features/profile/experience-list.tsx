import { pickText } from '../../domain/shared/localized-text';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { useTranslation } from '../../i18n/use-translation';

/** Experience items, starred ones marked in text (not by colour alone), with the two-year rule in words. */
export function ExperienceList({ profile }: { profile: RoleProfile }) {
  const { language, t } = useTranslation();
  return (
    <>
      <p className="rule-lead">
        <span aria-hidden="true">* </span>
        {t('profile.twoYearRule')}
      </p>
      <ol className="items">
        {profile.experience.map((item) => (
          <li key={item.id} className={item.starred ? 'item item--starred' : 'item'} data-starred={item.starred}>
            <span>{pickText(item.text, language)}</span>
            {item.starred && (
              <span className="badge badge--starred">
                <span aria-hidden="true">* </span>
                {t('profile.starred')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="rule-note" role="note" aria-label={t('profile.starredMark')}>
        <p className="rule-note__source">
          <span className="rule-note__label">{t('profile.sourceNote')}: </span>
          {pickText(profile.notes.starredExperience, language)}
        </p>
      </div>
    </>
  );
}

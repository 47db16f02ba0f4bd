import type { Catalogue, Unit } from '../../domain/profile/catalogue';
import { pickText, type Language } from '../../domain/shared/localized-text';
import { groupProfileUnits } from '../../domain/profile/profile-view';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { useTranslation } from '../../i18n/use-translation';

function SubUnits({ unit, language }: { unit: Unit; language: Language }) {
  const { t } = useTranslation();
  if (!unit.subUnits?.length) return null;
  return (
    <div className="sub-units">
      {unit.subUnits.map((subUnit) => (
        <div key={subUnit.code} className="sub-unit">
          <h4 id={`sub-unit-${subUnit.code}`}>
            <span className="sub-unit__label">{t('profile.subUnit')}</span> <span className="code">{subUnit.code}</span> {pickText(subUnit.title, language)}
          </h4>
          <p className="sub-unit__criteria-label">{t('profile.criteria')}</p>
          <ul className="criteria">
            {subUnit.criteria.map((criterion) => (
              <li key={criterion.code}>
                <span className="code">{criterion.code}</span> <span>{pickText(criterion.text, language)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The profile's competency units under their skill groups, SPM304's criteria under SPM300. */
export function UnitGroups({ profile, catalogue }: { profile: RoleProfile; catalogue: Catalogue }) {
  const { language, t } = useTranslation();
  return (
    <>
      {groupProfileUnits(profile, catalogue).map(({ group, units }) => (
        <div key={group.code} className="unit-group">
          <h3 id={`group-${group.code}`}>
            <span className="code code--group">{group.code}</span> {pickText(group.title, language)}{' '}
            <span className="unit-group__count">({t('profile.unitsInGroup', { count: units.length })})</span>
          </h3>
          <ul className="units">
            {units.map((unit) => (
              <li key={unit.code} className="unit">
                <span className="code">{unit.code}</span> <span className="unit__title">{pickText(unit.title, language)}</span>
                <SubUnits unit={unit} language={language} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

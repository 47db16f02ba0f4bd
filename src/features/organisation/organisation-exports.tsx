import '../../ui/segmented.css';
import { useId, type ReactNode } from 'react';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import { languageSchema, type Language } from '../../domain/shared/localized-text';
import { languageNames } from '../../i18n/language-names';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { roleLabel, useRoleCodes } from './organisation-labels';
import type { RollupSelection } from './rollup-selection';
import type { PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import type { PersonView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** CSV of the people the filter let through (in the table's order) and of their item ranking; the organisation name and language of the printed summary; print. */
export function OrganisationExports(props: {
  rollup: RollupSelection;
  allShortfalls: () => PersonShortfall<PersonView>[];
  groups: readonly ReadinessGroup[];
  fileStem: string;
  organisation: string;
  onOrganisation: (name: string) => void;
  language: Language;
  onLanguage: (language: Language) => void;
  children?: ReactNode;
}) {
  const { rollup, allShortfalls, groups, fileStem, organisation, onOrganisation, language, onLanguage, children } = props;
  const { profiles } = useProfileLibrary();
  const codes = useRoleCodes();
  const { language: screenLanguage, t } = useOrganisationTranslation();
  const choice = useId();
  // The CSVs' code (their words, and the CSV writer) loads on the first click: most visits never export.
  const save = (name: 'people' | 'items' | 'shortfalls') =>
    void Promise.all([import('./organisation-csv'), import('../../lib/csv')]).then(([csv, { toExcelCsv }]) => {
      const role = (id: string) => roleLabel(id, profiles);
      const rows =
        name === 'people'
          ? csv.peopleCsvRows(rollup.people, groups, role, rollup)
          : name === 'items'
            ? csv.rankingCsvRows(rollup.ranking, rollup, codes)
            : csv.shortfallCsvRows(allShortfalls(), role, codes, rollup);
      downloadBlob(new Blob([toExcelCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${safeFileName(fileStem, name)}.csv`);
    });
  return (
    <section className="panel" aria-labelledby="org-export-title">
      <h2 id="org-export-title">{t('org.exportTitle')}</h2>
      <p className="org-figure__actions">
        <button type="button" className="button button--secondary" onClick={() => save('people')}>
          {t('org.exportPeople')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => save('items')}>
          {t('org.exportRanking')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => save('shortfalls')}>
          {t('org.exportAllShort')}
        </button>
      </p>
      <div className="org-filter">
        <label htmlFor="org-name">{t('org.orgName')}</label>
        <input id="org-name" className="input" type="text" maxLength={200} value={organisation} onChange={(event) => onOrganisation(event.target.value)} />
      </div>
      <fieldset className="segmented">
        <legend>{t('org.printLanguage')}</legend>
        {languageSchema.options.map((option) => (
          <label key={option} className={option === language ? 'segmented__option segmented__option--on' : 'segmented__option'} lang={option}>
            <input type="radio" name={choice} value={option} checked={option === language} onChange={() => onLanguage(option)} />
            {languageNames[option]}
          </label>
        ))}
      </fieldset>
      {children}
      <p className="field__hint">{t('org.printHint')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.print()} lang={screenLanguage}>
          {t('org.print')}
        </button>
      </p>
    </section>
  );
}

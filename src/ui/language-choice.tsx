import './segmented.css';
import { languageSchema, type Language } from '../domain/shared/localized-text';
import { languageNames } from '../i18n/language-names';

/** Which language a printout is in, as a row of radio buttons each named in its own language. */
export function LanguageChoice({
  legend,
  name,
  language,
  onLanguage,
}: {
  legend: string;
  name: string;
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {languageSchema.options.map((option) => (
        <label key={option} className={option === language ? 'segmented__option segmented__option--on' : 'segmented__option'} lang={option}>
          <input type="radio" name={name} value={option} checked={option === language} onChange={() => onLanguage(option)} />
          {languageNames[option]}
        </label>
      ))}
    </fieldset>
  );
}

import { languageSchema } from '../domain/shared/localized-text';
import { useTranslation } from '../i18n/use-translation';
import { languageNames } from '../i18n/language-names';
import { loadEnglish } from '../i18n/translate';
import { useAppStore } from '../store/app-store-context';

/** Thai / English toggle; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { language, t } = useTranslation();
  const chooseLanguage = useAppStore((state) => state.chooseLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languageSchema.options.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => {
            // English is on screen only once its words are in: the switch waits for them (a few KB, once).
            if (option === 'en')
              void loadEnglish().then(
                () => chooseLanguage(option),
                () => chooseLanguage(option),
              );
            else chooseLanguage(option);
          }}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}

import { languageSchema } from '../domain/localized-text';
import { useTranslation } from '../i18n/use-translation';
import { translateCore } from '../i18n/translate';
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
          onClick={() => chooseLanguage(option)}
        >
          {translateCore(option)(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}

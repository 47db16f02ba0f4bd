import { pickText, type LocalizedText } from '../../domain/shared/localized-text';
import { useTranslation } from '../../i18n/use-translation';

/** A pointer to the basic items of section 2 of circular ว 6/2561, which our source does not list. */
export function SectionTwoPointer({ text }: { text: LocalizedText }) {
  const { language, t } = useTranslation();
  return (
    <div className="pointer-note">
      <p className="pointer-note__text">{pickText(text, language)}</p>
      <p className="pointer-note__hint">{t('profile.sectionTwoPointer')}</p>
    </div>
  );
}

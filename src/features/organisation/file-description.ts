import type { RollupFile } from '../../domain/organisation/organisation-rollup';
import { useOrganisationTranslation } from './use-organisation-translation';

/**
 * A file in words that tell it from another of the same name (decision 025): its name, its size in bytes, and the
 * people read from it (or that it was refused).
 */
export function useFileDescription(): (file: RollupFile) => string {
  const { language, t } = useOrganisationTranslation();
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB');
  return (file) => {
    const names = file.names.filter((name) => name !== '').join(', ') || t('org.anonymous');
    const more = file.assessments - file.names.length;
    const people = !file.ok
      ? t('org.fileRefused')
      : file.assessments === 0
        ? t('org.fileNobody')
        : more > 0
          ? t('org.fileMore', { names, count: more })
          : names;
    const size = file.size === null ? [] : [t('org.sizeBytes', { bytes: number.format(file.size) }).trim()];
    return t('org.fileAbout', { name: file.name, about: [...size, people].join('; ') });
  };
}

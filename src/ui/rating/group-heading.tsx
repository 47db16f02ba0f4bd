import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useTranslation } from '../../i18n/use-translation';
import { useRatingTranslation } from './use-rating-translation';

/** Headings between items: a skill group when it changes, and SPM304 before its first criterion. */
export function GroupHeading({ item, previous }: { item: AssessmentItem; previous: AssessmentItem | undefined }) {
  const { catalogue } = useProfileLibrary();
  const { language, t } = useRatingTranslation();
  const shared = useTranslation().t;
  if (item.kind !== 'unit' && item.kind !== 'criterion') return null;
  const previousGroup = previous && (previous.kind === 'unit' || previous.kind === 'criterion') ? previous.group : null;
  const group = catalogue.groups.find((candidate) => candidate.code === item.group);
  const startsSubUnit = item.kind === 'criterion' && previous?.kind !== 'criterion';
  return (
    <>
      {item.group !== previousGroup && group && (
        <h3 className="rating-group">
          <span className="code code--group">{group.code}</span> {pickText(group.title, language)}
        </h3>
      )}
      {startsSubUnit && (
        <p className="rating-subunit">
          {shared('profile.subUnit')} <span className="code">{item.subUnitCode}</span> {pickText(item.subUnitTitle, language)} (
          {t('assessment.under', { code: item.parentCode })})
        </p>
      )}
    </>
  );
}

import type { Language } from '../domain/shared/localized-text';
import { pickText } from '../domain/shared/localized-text';
import type { ExperienceStatus, Level, RatingScale } from '../domain/profile/rating-scale';
import type { ChangeSinceRequest, ItemRatingChange } from '../domain/files/review-changes';
import { translateReviewNote } from '../i18n/review-note-messages';
import { Icon } from './icon';

/**
 * "Self-ratings changed since this review was requested", and, when the request was kept, which items changed and
 * from what to what: on the review screen, the gap screen and the printed report, in `language`. Nothing when the
 * ratings are as they were.
 */
export function RatingsChangedNote(props: { since: ChangeSinceRequest; scale: RatingScale; language: Language; className: string }) {
  const { since, scale, language, className } = props;
  if (!since.changed) return null;
  const t = translateReviewNote(language);
  const levelText = (value: Level | null) => (value === null ? t('changed.unrated') : String(value));
  const statusText = (value: ExperienceStatus | null) => {
    const entry = scale.experience.find((candidate) => candidate.status === value);
    return entry ? pickText(entry.label, language) : t('changed.unrated');
  };
  const what = (change: ItemRatingChange) =>
    change.field === 'level'
      ? t('changed.level', { from: levelText(change.from), to: levelText(change.to) })
      : change.field === 'target'
        ? t('changed.target', { from: change.from, to: change.to })
        : t('changed.status', { from: statusText(change.from), to: statusText(change.to) });
  const changes = since.changes;
  return (
    <div className={className} data-changed-since={changes === null ? 'unknown' : changes.length}>
      <p>
        <Icon name="alert" /> <strong>{t('changed.title')}</strong>
        {changes !== null && ` (${t('changed.count', { count: new Set(changes.map((change) => change.item.key)).size })})`}
      </p>
      {changes === null ? (
        <p>{t('changed.unknown')}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.item.key} ${change.field}`} data-key={change.item.key} data-field={change.field}>
              <span className="code">{change.item.code}</span> {pickText(change.item.title, language)}: {what(change)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

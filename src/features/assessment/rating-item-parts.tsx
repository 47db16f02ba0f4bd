import { useEffect, useRef, useState } from 'react';
import type { ProficiencyRating } from '../../domain/assessment/assessment';
import type { ProficiencyItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import { levels, type Level, type LevelEntry } from '../../domain/profile/rating-scale';
import type { Standing, StandingStatus } from '../../domain/scoring/scoring';
import { useAppStoreApi } from '../../store/app-store-context';
import { Icon } from '../../ui/icon';
import { useAssessmentTranslation } from './use-assessment-translation';

/** The level chosen and what it means, and how far below its target it is; or that the item is not rated yet. */
export function RatingStatus({ chosen, standing, status }: { chosen: LevelEntry | undefined; standing: Standing; status: StandingStatus }) {
  const { language, t } = useAssessmentTranslation();
  return (
    <p className="rating-item__status" data-status={status}>
      {chosen ? (
        <>
          <strong>{t('assessment.yourLevel', { level: chosen.level })}</strong> {pickText(chosen.description, language)}
          {standing.rated && status === 'below' && (
            <span className="rating-item__gap">
              {' '}
              <Icon name="down" /> {t('assessment.belowTarget', { gap: standing.gap, target: standing.target })}
            </span>
          )}
        </>
      ) : (
        <strong>{t('assessment.unrated')}</strong>
      )}
    </p>
  );
}

/** The item's target level, and a word when it differs from the profile's default. */
export function TargetSelect({
  assessmentId,
  itemKey,
  target,
  defaultTarget,
}: {
  assessmentId: string;
  itemKey: string;
  target: number;
  defaultTarget: Level;
}) {
  const { t } = useAssessmentTranslation();
  const { setItemTarget } = useAppStoreApi().getState();
  return (
    <label className="target-select">
      <span>{t('assessment.target')}</span>
      <select className="input input--compact" value={target} onChange={(event) => setItemTarget(assessmentId, itemKey, Number(event.target.value) as Level)}>
        {levels.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      {target !== defaultTarget && <span className="target-select__changed">{t('assessment.targetChanged', { default: defaultTarget })}</span>}
    </label>
  );
}

/** Clearing a rating is one click, so it can be undone: the rating as it was, until the item is rated again. */
export function ClearRating({ assessmentId, item, rating }: { assessmentId: string; item: ProficiencyItem; rating: ProficiencyRating | undefined }) {
  const { t } = useAssessmentTranslation();
  const { rateItem, undoClearRating } = useAppStoreApi().getState();
  const [cleared, setCleared] = useState<ProficiencyRating | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cleared) undoButton.current?.focus();
  }, [cleared]);
  const level = rating?.level;
  const undoable = cleared !== null && level === undefined;
  return (
    <>
      {level !== undefined && (
        <button
          type="button"
          className="button button--link"
          aria-label={`${t('assessment.clear')} ${item.code}`}
          onClick={() => {
            setCleared(rating ?? {});
            rateItem(assessmentId, item.key, undefined);
          }}
        >
          {t('assessment.clear')}
        </button>
      )}
      {/* Out of the layout, so an empty region leaves no gap; there before its words, so they are heard. */}
      <span role="status" className="visually-hidden">
        {undoable && t('assessment.clearedStatus', { code: item.code })}
      </span>
      {undoable && (
        <span className="rating-item__cleared">
          <span aria-hidden="true">{t('assessment.cleared')}</span>{' '}
          <button
            type="button"
            ref={undoButton}
            className="button button--link"
            aria-label={t('assessment.undoLabel', { code: item.code })}
            onClick={(event) => {
              undoClearRating(assessmentId, item.key, cleared);
              // The rating is back: the focus goes to it, where digits rate again, rather than to the page.
              event.currentTarget
                .closest('fieldset')
                ?.querySelector<HTMLInputElement>(`input[type=radio][value="${String(cleared.level)}"]`)
                ?.focus();
            }}
          >
            {t('assessment.undo')}
          </button>
        </span>
      )}
    </>
  );
}

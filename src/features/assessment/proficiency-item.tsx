import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react';
import type { ProficiencyItem } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
import { levels, type Level, type LevelEntry } from '../../domain/rating-scale';
import type { ProficiencyRating } from '../../domain/assessment';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { itemDomId, levelDescriptionId } from './dom-ids';
import { ItemNote } from './item-note';
import { proficiencyStanding, standingStatus } from '../../domain/scoring';
import { Icon } from '../../ui/icon';
import { LevelChoices } from './level-choices';
import { ownEntry } from '../../domain/own-entry';
import { partName } from '../../domain/assessment-parts';
import { liveConflict } from '../../domain/conflict-schema';


// Two tabs changing one item at once is rare: its note's code loads when one is there.
const RatingConflict = lazy(() => import('./item-conflict').then((module) => ({ default: module.RatingConflict })));

/**
 * One item rated 0–4: a radio group named by its code and title (arrow keys change the level),
 * its target level, and a note. It reads only its own rating, so rating it re-renders nothing else.
 */
export const ProficiencyItemView = memo(function ProficiencyItemView(props: { assessmentId: string; item: ProficiencyItem; scale: LevelEntry[]; defaultTarget: Level }) {
  const { assessmentId, item, scale, defaultTarget } = props;
  const { language, t } = useAssessmentTranslation();
  const rating = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.ratings[item.key]);
  const part = partName('ratings', item.key);
  // Changed in two tabs at once: the other version, until the user chooses (domain/conflicts.ts).
  const conflict = useAppStore((state) => liveConflict(state, assessmentId, part));
  // The store's actions never change, so they are read, not subscribed to: 66 items would add 264 subscriptions,
  // each checked on every change.
  const { rateItem, setItemTarget, noteItem, undoClearRating } = useAppStoreApi().getState();
  // Clearing is one click, so it can be undone: the rating as it was, until the item is rated again.
  const [cleared, setCleared] = useState<ProficiencyRating | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cleared) undoButton.current?.focus();
  }, [cleared]);
  const domId = itemDomId(item.key);
  const level = rating?.level;
  const standing = proficiencyStanding(rating, defaultTarget);
  const { target } = standing;
  const status = standingStatus(standing);
  const chosen = scale.find((entry) => entry.level === level);
  const undoable = cleared !== null && level === undefined;

  return (
    <fieldset className="rating-item" id={domId} data-key={item.key} data-rated={level !== undefined}>
      <legend id={`${domId}-name`} className="rating-item__name">
        <span className="code">{item.code}</span> {pickText(item.title, language)}
      </legend>
      <LevelChoices
        name={domId}
        labelledBy={`${domId}-name`}
        className="levels"
        chosen={level}
        onChoose={(chosenLevel) => rateItem(assessmentId, item.key, chosenLevel)}
        choices={scale.map((entry) => ({
          value: entry.level,
          describedBy: levelDescriptionId(item.scale, entry.level),
          content: (
            <>
              <span className="level__number">{entry.level}</span>
              <span className="level__label">{pickText(entry.label, language)}</span>
              {entry.level === target && <span className="level__target">{t('assessment.targetMark')}</span>}
            </>
          ),
        }))}
      />
      <p className="rating-item__status" data-status={status}>
        {chosen ? (
          <>
            <strong>{t('assessment.yourLevel', { level: chosen.level })}</strong> {pickText(chosen.description, language)}
            {standing.rated && status === 'below' && <span className="rating-item__gap"> <Icon name="down" /> {t('assessment.belowTarget', { gap: standing.gap, target })}</span>}
          </>
        ) : (
          <strong>{t('assessment.unrated')}</strong>
        )}
      </p>
      <div className="rating-item__tools">
        <label className="target-select">
          <span>{t('assessment.target')}</span>
          <select className="input input--compact" value={target} onChange={(event) => setItemTarget(assessmentId, item.key, Number(event.target.value) as Level)}>
            {levels.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          {target !== defaultTarget && <span className="target-select__changed">{t('assessment.targetChanged', { default: defaultTarget })}</span>}
        </label>
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
                event.currentTarget.closest('fieldset')?.querySelector<HTMLInputElement>(`input[type=radio][value="${String(cleared.level)}"]`)?.focus();
              }}
            >
              {t('assessment.undo')}
            </button>
          </span>
        )}
        <ItemNote id={`${domId}-note`} code={item.code} note={rating?.note} onChange={(note) => noteItem(assessmentId, item.key, note)} inConflict={conflict !== null && conflict !== undefined} />
      </div>
      {conflict && (
        <Suspense fallback={null}>
          <RatingConflict assessmentId={assessmentId} part={part} code={item.code} conflict={conflict} shown={rating} />
        </Suspense>
      )}
    </fieldset>
  );
});

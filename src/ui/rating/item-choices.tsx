import type { ExperienceStatus, ExperienceEntry, Level, LevelEntry } from '../../domain/profile/rating-scale';
import { pickText } from '../../domain/shared/localized-text';
import { levelDescriptionId } from './dom-ids';
import { LevelChoices } from './level-choices';
import { useRatingTranslation } from './use-rating-translation';

/**
 * An item's levels 0–4 as radios, each its number and words, the target marked: the one way both the appointee's
 * rating screen and the reviewer's draw them, so the shortcuts (digits, N/S/Y, U) work the same on both.
 */
export function ProficiencyChoices(props: {
  domId: string;
  scaleName: string;
  scale: readonly LevelEntry[];
  target: number | null;
  chosen: Level | undefined;
  onChoose: (level: Level) => void;
  className?: string;
}) {
  const { domId, scaleName, scale, target, chosen, onChoose, className = 'levels' } = props;
  const { language, t } = useRatingTranslation();
  return (
    <LevelChoices
      name={domId}
      labelledBy={`${domId}-name`}
      className={className}
      chosen={chosen}
      onChoose={onChoose}
      choices={scale.map((entry) => ({
        value: entry.level,
        describedBy: levelDescriptionId(scaleName, entry.level),
        content: (
          <>
            <span className="level__number">{entry.level}</span>
            <span className="level__label">{pickText(entry.label, language)}</span>
            {entry.level === target && <span className="level__target">{t('assessment.targetMark')}</span>}
          </>
        ),
      }))}
    />
  );
}

/** An experience item's none / some / yes as radios, as both rating screens draw them. */
export function ExperienceChoices(props: {
  domId: string;
  scale: readonly ExperienceEntry[];
  describedBy?: string;
  chosen: ExperienceStatus | undefined;
  onChoose: (status: ExperienceStatus) => void;
}) {
  const { domId, scale, describedBy, chosen, onChoose } = props;
  const { language } = useRatingTranslation();
  return (
    <LevelChoices
      name={domId}
      labelledBy={`${domId}-name`}
      describedBy={describedBy}
      className="levels levels--experience"
      chosen={chosen}
      onChoose={onChoose}
      choices={scale.map((entry) => ({
        value: entry.status,
        describedBy: levelDescriptionId('experience', entry.status),
        content: <span className="level__label">{pickText(entry.label, language)}</span>,
      }))}
    />
  );
}

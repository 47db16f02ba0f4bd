import { lazy, memo, Suspense } from 'react';
import { LazyEvidenceFiles } from '../../ui/lazy-evidence-files';
import { itemLabel, type ProficiencyItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import type { Level, LevelEntry } from '../../domain/profile/rating-scale';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { itemDomId } from '../../ui/rating/dom-ids';
import { ItemNote } from './item-note';
import { proficiencyStanding, standingStatus } from '../../domain/scoring/scoring';
import { ProficiencyChoices } from '../../ui/rating/item-choices';
import { ClearRating, RatingStatus, TargetSelect } from './rating-item-parts';
import { ownEntry } from '../../domain/shared/own-entry';
import { partName } from '../../domain/assessment/assessment-parts';
import { liveConflict } from '../../domain/assessment/conflict-schema';

// Two tabs changing one item at once is rare: its note's code loads when one is there.
const RatingConflict = lazy(() => import('./item-conflict').then((module) => ({ default: module.RatingConflict })));

/**
 * One item rated 0–4: a radio group named by its code and title (arrow keys change the level),
 * its target level, and a note. It reads only its own rating, so rating it re-renders nothing else.
 */
export const ProficiencyItemView = memo(function ProficiencyItemView(props: {
  assessmentId: string;
  item: ProficiencyItem;
  scale: LevelEntry[];
  defaultTarget: Level;
}) {
  const { assessmentId, item, scale, defaultTarget } = props;
  const { language } = useAssessmentTranslation();
  const rating = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.ratings[item.key]);
  const part = partName('ratings', item.key);
  // Changed in two tabs at once: the other version, until the user chooses (domain/assessment/conflicts.ts).
  const conflict = useAppStore((state) => liveConflict(state, assessmentId, part));
  // The store's actions never change, so they are read, not subscribed to: 66 items would add 264 subscriptions,
  // each checked on every change.
  const { rateItem, noteItem } = useAppStoreApi().getState();
  const domId = itemDomId(item.key);
  const level = rating?.level;
  const standing = proficiencyStanding(rating, defaultTarget);
  const { target } = standing;

  return (
    <fieldset className="rating-item" id={domId} data-key={item.key} data-rated={level !== undefined}>
      <legend id={`${domId}-name`} className="rating-item__name">
        <span className="code">{item.code}</span> {pickText(item.title, language)}
      </legend>
      <ProficiencyChoices
        domId={domId}
        scaleName={item.scale}
        scale={scale}
        target={target}
        chosen={level}
        onChoose={(chosenLevel) => rateItem(assessmentId, item.key, chosenLevel)}
      />
      <RatingStatus chosen={scale.find((entry) => entry.level === level)} standing={standing} status={standingStatus(standing)} />
      <div className="rating-item__tools">
        <TargetSelect assessmentId={assessmentId} itemKey={item.key} target={target} defaultTarget={defaultTarget} />
        <ClearRating assessmentId={assessmentId} item={item} rating={rating} />
        <ItemNote
          id={`${domId}-note`}
          code={item.code}
          note={rating?.note}
          onChange={(note) => noteItem(assessmentId, item.key, note)}
          inConflict={conflict !== null && conflict !== undefined}
        />
      </div>
      <LazyEvidenceFiles assessmentId={assessmentId} attachedTo={item.key} itemName={itemLabel(item, language)} />
      {conflict && (
        <Suspense fallback={null}>
          <RatingConflict assessmentId={assessmentId} part={part} code={item.code} conflict={conflict} shown={rating} />
        </Suspense>
      )}
    </fieldset>
  );
});

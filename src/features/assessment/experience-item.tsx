import { lazy, memo, Suspense } from 'react';
import { LazyEvidenceFiles } from '../../ui/lazy-evidence-files';
import { itemLabel, type ExperienceItem } from '../../domain/assessment/assessment-items';
import { acquiredAfterDeadline, deadlineStatus } from '../../domain/calendar/deadlines';
import { pickText } from '../../domain/shared/localized-text';
import type { ExperienceEntry } from '../../domain/profile/rating-scale';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useAppStore, useAppStoreApi, useToday } from '../../store/app-store-context';
import { DeadlineText } from '../../ui/rating/deadline-text';
import { itemDomId } from '../../ui/rating/dom-ids';
import { ItemNote } from './item-note';
import { partName } from '../../domain/assessment/assessment-parts';
import { liveConflict } from '../../domain/assessment/conflict-schema';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { ExperienceChoices } from '../../ui/rating/item-choices';
import { AcquiredOnField, EvidenceField } from './experience-item-parts';
import { ownEntry } from '../../domain/shared/own-entry';
import { experienceStatus, isAcquired } from '../../domain/scoring/scoring';

// Two tabs changing one item at once is rare: its note's code loads when one is there.
const ExperienceConflict = lazy(() => import('./item-conflict').then((module) => ({ default: module.ExperienceConflict })));

/** One experience item: none / some / yes, when it was acquired, evidence, and for starred items the deadline. */
export const ExperienceItemView = memo(function ExperienceItemView(props: {
  assessmentId: string;
  item: ExperienceItem;
  scale: ExperienceEntry[];
  appointedOn: string;
}) {
  const { assessmentId, item, scale, appointedOn } = props;
  const { language, t } = useAssessmentTranslation();
  const record = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.experience[item.id]);
  const part = partName('experience', item.id);
  const conflict = useAppStore((state) => liveConflict(state, assessmentId, part));
  // The store's actions never change: read, not subscribed to (see ProficiencyItemView).
  const { recordExperience } = useAppStoreApi().getState();
  const today = useToday();
  const noteItem = (note: string) => recordExperience(assessmentId, item.id, { note });
  const domId = itemDomId(item.key);
  const chosen = scale.find((entry) => entry.status === record?.status);
  const deadline = item.starred ? deadlineStatus({ appointedOn, today, acquired: isAcquired(record) }) : null;

  return (
    <fieldset
      className={item.starred ? 'rating-item rating-item--starred' : 'rating-item'}
      id={domId}
      data-key={item.key}
      data-rated={record?.status !== undefined}
    >
      <legend id={`${domId}-name`} className="rating-item__name">
        <span className="code">{item.code}</span> {pickText(item.title, language)}
        {item.starred && <span className="badge badge--starred"> * {t('profile.starred')}</span>}
      </legend>
      {deadline && (
        <p className="deadline" id={`${domId}-deadline`} data-status={deadline.status}>
          {t('assessment.deadline', { date: formatLongDate(deadline.deadline, language) })} ·{' '}
          <DeadlineText status={deadline.status} daysLeft={deadline.daysLeft} late={acquiredAfterDeadline(appointedOn, record?.acquiredOn)} />
        </p>
      )}
      <ExperienceChoices
        domId={domId}
        scale={scale}
        describedBy={deadline ? `${domId}-deadline` : undefined}
        chosen={record?.status}
        onChoose={(status) => recordExperience(assessmentId, item.id, { status })}
      />
      <p className="rating-item__status" data-status={experienceStatus(record)}>
        <strong>{chosen ? pickText(chosen.label, language) : t('assessment.unrated')}</strong>
      </p>
      <div className="rating-item__tools rating-item__tools--experience">
        <AcquiredOnField assessmentId={assessmentId} itemId={item.id} domId={domId} value={record?.acquiredOn} />
        <EvidenceField assessmentId={assessmentId} itemId={item.id} domId={domId} value={record?.evidence} />
        <ItemNote id={`${domId}-note`} code={item.code} note={record?.note} onChange={noteItem} inConflict={conflict !== null && conflict !== undefined} />
      </div>
      <LazyEvidenceFiles assessmentId={assessmentId} attachedTo={`experience:${item.id}`} itemName={itemLabel(item, language)} />
      {conflict && (
        <Suspense fallback={null}>
          <ExperienceConflict assessmentId={assessmentId} part={part} code={item.code} conflict={conflict} shown={record} scale={scale} />
        </Suspense>
      )}
    </fieldset>
  );
});

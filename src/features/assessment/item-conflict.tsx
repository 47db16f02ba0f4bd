import { z } from 'zod/mini';
import {
  appointeeSchema,
  experienceRecordSchema,
  proficiencyRatingSchema,
  type Appointee,
  type ExperienceRecord,
  type ProficiencyRating,
} from '../../domain/assessment/assessment';
import { assessmentParts } from '../../domain/assessment/assessment-parts';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { liveConflict, type Conflict } from '../../domain/assessment/conflict-schema';
import { pickText } from '../../domain/shared/localized-text';
import type { ExperienceEntry } from '../../domain/profile/rating-scale';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { keepShown, takeOther } from '../../store/conflict-choice';
import { ConflictNote } from '../../ui/conflict-note';
import { useAssessmentTranslation } from './use-assessment-translation';
import { appointeeDetailList, appointeeDetailText } from '../../i18n/appointee-details';

type Translate = ReturnType<typeof useAssessmentTranslation>['t'];

/** A rating in a few words: level, target and note, as far as it has them. */
function ratingWords(rating: ProficiencyRating | undefined, t: Translate): string {
  const words = [rating?.level === undefined ? t('assessment.unrated') : t('conflict.level', { level: rating.level })];
  if (rating?.target !== undefined) words.push(t('conflict.targetLevel', { level: rating.target }));
  if (rating?.note) words.push(t('conflict.noteText', { text: rating.note }));
  return words.join(' · ');
}

/** An experience record in a few words: status, date, evidence and note. */
function experienceWords(record: ExperienceRecord | undefined, scale: ExperienceEntry[], t: Translate, language: 'th' | 'en'): string {
  const status = scale.find((entry) => entry.status === record?.status);
  const words = [status ? pickText(status.label, language) : t('assessment.unrated')];
  if (record?.acquiredOn) words.push(t('conflict.acquired', { date: formatLongDate(record.acquiredOn, language) }));
  if (record?.evidence) words.push(t('conflict.evidenceText', { text: record.evidence }));
  if (record?.note) words.push(t('conflict.noteText', { text: record.note }));
  return words.join(' · ');
}

interface ItemConflictProps {
  assessmentId: string;
  part: string;
  code: string;
  conflict: Conflict;
}

/** The two versions of one rated item changed in two tabs at once, and the choice between them. */
export function RatingConflict({ assessmentId, part, code, conflict, shown }: ItemConflictProps & { shown: ProficiencyRating | undefined }) {
  const { t } = useAssessmentTranslation();
  const other = conflict.other === null ? null : proficiencyRatingSchema.safeParse(conflict.other);
  return (
    <Choice
      assessmentId={assessmentId}
      part={part}
      code={code}
      shown={ratingWords(shown, t)}
      other={other === null ? null : ratingWords(other.success ? other.data : undefined, t)}
    />
  );
}

/** The two versions of one experience record changed in two tabs at once, and the choice between them. */
export function ExperienceConflict({
  assessmentId,
  part,
  code,
  conflict,
  shown,
  scale,
}: ItemConflictProps & { shown: ExperienceRecord | undefined; scale: ExperienceEntry[] }) {
  const { language, t } = useAssessmentTranslation();
  const other = conflict.other === null ? null : experienceRecordSchema.safeParse(conflict.other);
  const words = (record: ExperienceRecord | undefined) => experienceWords(record, scale, t, language);
  return (
    <Choice
      assessmentId={assessmentId}
      part={part}
      code={code}
      shown={words(shown)}
      other={other === null ? null : words(other.success ? other.data : undefined)}
    />
  );
}

function Choice({ assessmentId, part, code, shown, other }: { assessmentId: string; part: string; code: string; shown: string; other: string | null }) {
  const store = useAppStoreApi();
  return (
    <ConflictNote
      itemName={code}
      shown={shown}
      other={other}
      onKeepShown={() => keepShown(store, assessmentId, part)}
      onUseOther={() => takeOther(store, assessmentId, part)}
    />
  );
}

/** The title or the appointee's details changed in two tabs at once: under the assessment's heading. */
export function DetailsConflicts({ assessmentId }: { assessmentId: string }) {
  const { language, t } = useAssessmentTranslation();
  const title = useAppStore((state) => liveConflict(state, assessmentId, assessmentParts.title.part));
  const details = useAppStore((state) => liveConflict(state, assessmentId, assessmentParts.appointee.part));
  const shown = useAppStore((state) => state.assessments[assessmentId]);
  if (!shown) return null;
  const detailWords = (appointee: Appointee) =>
    appointeeDetailList
      .map((detail) => appointeeDetailText(detail.key, appointee, language))
      .filter(Boolean)
      .join(' · ');
  const otherTitle = z.string().safeParse(title?.other);
  const otherDetails = appointeeSchema.safeParse(details?.other);
  return (
    <>
      {title && (
        <Choice
          assessmentId={assessmentId}
          part={assessmentParts.title.part}
          code={t('conflict.name')}
          shown={shown.title ?? ''}
          other={otherTitle.success ? otherTitle.data : ''}
        />
      )}
      {details && (
        <Choice
          assessmentId={assessmentId}
          part={assessmentParts.appointee.part}
          code={t('details.title')}
          shown={detailWords(shown.appointee)}
          other={otherDetails.success ? detailWords(otherDetails.data) : ''}
        />
      )}
    </>
  );
}

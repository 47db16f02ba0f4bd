import { pickText } from '../../domain/shared/localized-text';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { lazy, Suspense, useState } from 'react';
import { assessmentParts } from '../../domain/assessment/assessment-parts';
import { liveConflict } from '../../domain/assessment/conflict-schema';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAssessmentTranslation } from './use-assessment-translation';
import { routes } from '../../lib/routes';
import { NextStepLinks } from './next-steps';
import { useAppStore, useSaving } from '../../store/app-store-context';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import type { Appointee } from '../../domain/assessment/assessment';
import { ownEntry } from '../../domain/shared/own-entry';
import { appointeeDetailList, appointeeDetailText } from '../../i18n/appointee-details';

// The title or details changed in two tabs at once: rare, so the note's code loads when there is one.
const DetailsConflicts = lazy(() => import('./item-conflict').then((module) => ({ default: module.DetailsConflicts })));

/** Whose assessment this is, against which role profile, with a way to correct the details. */
export function AssessmentHeader({ assessmentId, profile, title }: { assessmentId: string; profile: RoleProfile; title: string }) {
  const { language, t } = useAssessmentTranslation();
  const appointee = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.appointee);
  const detailsConflict = useAppStore((state) =>
    [assessmentParts.title.part, assessmentParts.appointee.part].some((part) => liveConflict(state, assessmentId, part)),
  );
  if (!appointee) return null;
  return (
    <header className="assessment-header">
      <p className="eyebrow">
        <a href={routes.assessments.href()}>{t('nav.assessments')}</a> › {profile.abbreviation}
      </p>
      <h1>{title}</h1>
      <p className="assessment-header__role">{pickText(profile.title, language)}</p>
      {detailsConflict && (
        <Suspense fallback={null}>
          <DetailsConflicts assessmentId={assessmentId} />
        </Suspense>
      )}
      <AppointeeFacts appointee={appointee} />
      <p className="assessment-header__links">
        <a href={routes['assessment-details'].href({ assessmentId })}>{t('details.edit')}</a>
        <NextStepLinks assessmentId={assessmentId} />
        <a className="button button--secondary" href={routes.report.href({ assessmentId })}>
          {t('assessment.reportLink')}
        </a>
        <a className="button button--secondary" href={routes.reviews.href({ assessmentId })}>
          {t('review.reviewsLink')}
        </a>
      </p>
      <SavedNote assessmentId={assessmentId} />
    </header>
  );
}

/** The appointee's details, as declared once (i18n/appointee-details.ts). */
function AppointeeFacts({ appointee }: { appointee: Appointee }) {
  const { language } = useAssessmentTranslation();
  return (
    <dl className="facts">
      {appointeeDetailList.map((detail) => (
        <div key={detail.key}>
          <dt>{detail.label[language]}</dt>
          <dd>{appointeeDetailText(detail.key, appointee, language)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The round, whether edits are saved, the last backup, and starting a new round (after a confirmation). */
function SavedNote({ assessmentId }: { assessmentId: string }) {
  const { language, t } = useAssessmentTranslation();
  const roundCount = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.rounds?.length ?? 0);
  const startRound = useAppStore((state) => state.startRound);
  const lastExportedAt = useAppStore((state) => state.lastExportedAt);
  // "Saved at once" only while it is true: when the browser refuses, the header says so where the user looks.
  const saving = useSaving();
  const [confirmRound, setConfirmRound] = useState(false);
  const reviewCount = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.reviews?.length ?? 0);
  function newRound(carryReviews: boolean) {
    startRound(assessmentId, carryReviews);
    setConfirmRound(false);
  }
  return (
    <>
      <p className="saved-note">
        {t('assessment.round', { round: roundCount + 1 })} ·{' '}
        {saving ? t('assessment.autosave') : <strong className="saved-note__not-saving">{t('assessment.notSaving')}</strong>} ·{' '}
        <span data-testid="header-last-backup">
          {t('assessment.lastBackup', { date: lastExportedAt ? formatLongDate(localCalendarDateOf(lastExportedAt), language) : t('assessment.neverBackedUp') })}
        </span>{' '}
        <a href={routes.backup.href()}>{t('assessment.backupNow')}</a>{' '}
        <button type="button" className="button button--link" onClick={() => setConfirmRound(true)}>
          {t('assessment.newRound')}
        </button>
      </p>
      <ConfirmDialog
        open={confirmRound}
        title={t('assessment.newRoundTitle')}
        body={[
          t('assessment.newRoundBody', { round: roundCount + 1, next: roundCount + 2 }),
          ...(reviewCount > 0 ? [t('assessment.newRoundReviews', { count: reviewCount, round: roundCount + 1, next: roundCount + 2 })] : []),
        ].join(' ')}
        confirmLabel={t('assessment.newRoundConfirm')}
        cancelLabel={t('details.cancel')}
        tone="primary"
        // The reviews stay with their round by default: carrying them on is the choice made in words.
        otherChoices={reviewCount > 0 ? [{ label: t('assessment.newRoundWithReviews'), onChoose: () => newRound(true) }] : []}
        onConfirm={() => newRound(false)}
        onCancel={() => setConfirmRound(false)}
      />
    </>
  );
}

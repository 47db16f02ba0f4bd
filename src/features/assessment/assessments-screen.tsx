import { lazy, Suspense, useRef, useState, type RefObject } from 'react';
import { useFormContext } from 'react-hook-form';
import { z } from 'zod/mini';
import { titleMaxLength, type Assessment } from '../../domain/assessment/assessment';
import { assessmentProgress } from '../../domain/scoring/progress';
import { assessmentTitle } from '../../lib/assessment-title';
import { profileOf } from '../../domain/profile/role-profile';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { navigate, routes } from '../../lib/routes';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import type { AppStore } from '../../store/app-store';
import { hasReviewDrafts } from '../../lib/review-drafts-present';
import { useProfileItems } from '../../store/use-assessment-screen';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Form, useFormFields, useZodForm } from '../../ui/form';
import { useAssessmentTranslation } from './use-assessment-translation';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';

const renameSchema = z.object({ title: z.string().check(z.trim(), z.maxLength(titleMaxLength)) });
type RenameValues = z.input<typeof renameSchema>;

function RenameForm({ assessment, title, onDone }: { assessment: Assessment; title: string; onDone: () => void }) {
  const { t } = useAssessmentTranslation();
  const renameAssessment = useAppStore((state) => state.renameAssessment);
  const form = useZodForm(renameSchema, { title: assessment.title ?? '' });
  function rename(values: RenameValues) {
    renameAssessment(assessment.id, values.title);
    onDone();
  }
  return (
    <Form form={form} onSubmit={rename} t={t} className="rename-form">
      <RenameField placeholder={title} onCancel={onDone} />
      <button type="submit" className="button">
        {t('assessments.saveName')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('details.cancel')}
      </button>
    </Form>
  );
}

function RenameField({ placeholder, onCancel }: { placeholder: string; onCancel: () => void }) {
  const { t } = useAssessmentTranslation();
  const { register } = useFormContext<RenameValues>();
  const wiring = useFormFields<RenameValues>().field('title');
  return (
    <>
      <label htmlFor={wiring.id}>{t('assessments.newName')}</label>
      <input
        id={wiring.id}
        {...register('title')}
        className="input"
        placeholder={placeholder}
        maxLength={titleMaxLength}
        // The user asked to rename: the field is where they mean to type.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
        aria-describedby={wiring.hintId}
      />
      <p id={wiring.hintId} className="field__hint">
        {t('assessments.renameHint')}
      </p>
    </>
  );
}

function AssessmentCard({ assessment, current, onDelete }: { assessment: Assessment; current: boolean; onDelete: () => void }) {
  const { language, t } = useAssessmentTranslation();
  const duplicateAssessment = useAppStore((state) => state.duplicateAssessment);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const found = useProfileItems(assessment.profileId);
  const profile = found?.profile;
  const progress = found ? assessmentProgress(found.items, assessment).overall : { rated: 0, total: 0 };
  const title = assessmentTitle(assessment, profile?.abbreviation ?? '', language);
  const titleId = `assessment-${assessment.id}-title`;
  // Reviews by others may be confidential: a copy carries them only when the user says so.
  const reviewCount = (assessment.reviews ?? []).length + (assessment.rounds ?? []).reduce((sum, round) => sum + (round.reviews?.length ?? 0), 0);
  const [askDuplicate, setAskDuplicate] = useState(false);
  function duplicate(withReviews: boolean) {
    setAskDuplicate(false);
    const id = duplicateAssessment(assessment.id, t('assessments.copyOf', { title }), withReviews);
    if (id) navigate(routes.assessment.href({ assessmentId: id }));
  }

  return (
    <li className={current ? 'assessment-card assessment-card--current' : 'assessment-card'} aria-labelledby={titleId}>
      <h2 id={titleId} className="assessment-card__title">
        <a href={routes.assessment.href({ assessmentId: assessment.id })}>{title}</a>
        {current && <span className="badge"> {t('assessments.current')}</span>}
      </h2>
      <p className="assessment-card__meta">
        {profile?.abbreviation} · {assessment.appointee.name || t('appointee.anonymous')} · {assessment.appointee.agency}
        <br />
        {t('assessment.ratedOf', { rated: progress.rated, total: progress.total })} ·{' '}
        {t('assessments.updated', { date: formatLongDate(localCalendarDateOf(assessment.updatedAt), language) })}
      </p>
      {renaming ? (
        <RenameForm
          assessment={assessment}
          title={title}
          onDone={() => {
            setRenaming(false);
            requestAnimationFrame(() => renameButton.current?.focus());
          }}
        />
      ) : (
        <CardActions
          assessmentId={assessment.id}
          title={title}
          renameRef={renameButton}
          onRename={() => setRenaming(true)}
          onDuplicate={() => (reviewCount > 0 ? setAskDuplicate(true) : duplicate(false))}
          onDelete={onDelete}
        />
      )}
      {reviewCount > 0 && (
        <ConfirmDialog
          open={askDuplicate}
          title={t('assessments.duplicateTitle', { title })}
          body={t('assessments.duplicateBody', { count: reviewCount })}
          confirmLabel={t('assessments.duplicateWithout')}
          cancelLabel={t('details.cancel')}
          tone="primary"
          otherChoices={[{ label: t('assessments.duplicateWith'), onChoose: () => duplicate(true) }]}
          onConfirm={() => duplicate(false)}
          onCancel={() => setAskDuplicate(false)}
        />
      )}
    </li>
  );
}

/** Open, rename, duplicate and delete one assessment, each named with its title for screen readers. */
function CardActions(props: {
  assessmentId: string;
  title: string;
  renameRef: RefObject<HTMLButtonElement | null>;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { assessmentId, title, renameRef, onRename, onDuplicate, onDelete } = props;
  const { t } = useAssessmentTranslation();
  return (
    <div className="assessment-card__actions">
      <a className="button" href={routes.assessment.href({ assessmentId })} aria-label={`${t('assessments.open')} ${title}`}>
        {t('assessments.open')}
      </a>
      <button ref={renameRef} type="button" className="button button--secondary" onClick={onRename} aria-label={`${t('assessments.rename')} ${title}`}>
        {t('assessments.rename')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDuplicate} aria-label={`${t('assessments.duplicate')} ${title}`}>
        {t('assessments.duplicate')}
      </button>
      <button type="button" className="button button--danger-outline" onClick={onDelete} aria-label={`${t('assessments.delete')} ${title}`}>
        {t('assessments.delete')}
      </button>
    </div>
  );
}

// Draft reviews of other people, when there are any: their list reads and checks them, so it loads only then.
const ReviewDraftLinks = lazy(() => import('../../ui/review-draft-links').then((module) => ({ default: module.ReviewDraftLinks })));

/** Every assessment kept in this browser: open, rename, duplicate, delete (after a question), or start a new one. */
export function AssessmentsScreen() {
  const { language, t } = useAssessmentTranslation();
  const { profiles } = useProfileLibrary();
  const assessments = useAppStore((state) => state.assessments);
  const currentId = useAppStore((state) => state.currentAssessmentId);
  const deleteAssessment = useAppStore((state) => state.deleteAssessment);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const api = useAppStoreApi();
  const { storage } = api;
  const [drafts] = useState(() => hasReviewDrafts(storage));
  const heading = useRef<HTMLHeadingElement>(null);
  // Newest first, by when each was started: the list does not reshuffle as assessments are edited.
  const ordered = Object.values(assessments).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  const deleteTitle = toDelete ? assessmentTitle(toDelete, profileOf(profiles, toDelete.profileId)?.abbreviation ?? '', language) : '';

  return (
    <section className="panel" aria-labelledby="assessments-title">
      <h1 id="assessments-title" ref={heading} tabIndex={-1}>
        {t('assessments.title')}
      </h1>
      <p>{t('assessments.intro')}</p>
      <p>
        <a className="button" href={routes['new-assessment'].href()}>
          {t('assessments.new')}
        </a>{' '}
        <a className="button button--secondary" href={routes['review-mode'].href()}>
          {t('review.openRequest')}
        </a>
      </p>
      {ordered.length === 0 ? (
        <p className="empty">{t('assessments.none')}</p>
      ) : (
        <ul className="assessment-list">
          {ordered.map((assessment) => (
            <AssessmentCard key={assessment.id} assessment={assessment} current={assessment.id === currentId} onDelete={() => setToDelete(assessment)} />
          ))}
        </ul>
      )}
      {drafts && (
        <Suspense fallback={null}>
          <ReviewDraftLinks />
        </Suspense>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('assessments.deleteTitle')}
        body={t('assessments.deleteBody', { title: deleteTitle })}
        confirmLabel={t('assessments.deleteConfirm')}
        cancelLabel={t('details.cancel')}
        onConfirm={() => {
          if (toDelete) {
            deleteAssessment(toDelete.id);
            forgetEvidenceOf(toDelete, api);
          }
          setToDelete(null);
          requestAnimationFrame(() => heading.current?.focus());
        }}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}

/** A deleted assessment's evidence files go with it (their code loads only when it had any). */
function forgetEvidenceOf(deleted: Assessment, store: AppStore): void {
  const files = deleted.evidence ?? [];
  if (files.length === 0) return;
  void import('../../ui/evidence-removals').then(({ forgetDeletedFiles }) => forgetDeletedFiles(files, () => store.getState().assessments));
}

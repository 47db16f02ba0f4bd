import { useRef, useState } from 'react';
import type { Assessment } from '../../domain/assessment';
import { listAssessmentItems } from '../../domain/assessment-items';
import { assessmentProgress } from '../../domain/progress';
import { assessmentTitle } from '../../lib/assessment-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentHref, navigate, newAssessmentHref, reviewModeHref } from '../../lib/routes';
import { useAppStore } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useAssessmentTranslation } from './use-assessment-translation';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar-date';

function RenameForm({ assessment, title, onDone }: { assessment: Assessment; title: string; onDone: () => void }) {
  const { t } = useAssessmentTranslation();
  const renameAssessment = useAppStore((state) => state.renameAssessment);
  const [value, setValue] = useState(assessment.title ?? '');
  const inputId = `rename-${assessment.id}`;
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        renameAssessment(assessment.id, value);
        onDone();
      }}
    >
      <label htmlFor={inputId}>{t('assessments.newName')}</label>
      {/* The user asked to rename: the field is where they mean to type. */}
      {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
      <input id={inputId} className="input" value={value} placeholder={title} maxLength={120} autoFocus onChange={(event) => setValue(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && onDone()} aria-describedby={`${inputId}-hint`} />
      <p id={`${inputId}-hint`} className="field__hint">
        {t('assessments.renameHint')}
      </p>
      <button type="submit" className="button">
        {t('assessments.saveName')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('details.cancel')}
      </button>
    </form>
  );
}

function AssessmentCard({ assessment, current, onDelete }: { assessment: Assessment; current: boolean; onDelete: () => void }) {
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  const duplicateAssessment = useAppStore((state) => state.duplicateAssessment);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const profile = profiles.find((candidate) => candidate.id === assessment.profileId);
  const progress = profile ? assessmentProgress(listAssessmentItems(profile, catalogue), assessment).overall : { rated: 0, total: 0 };
  const title = assessmentTitle(assessment, profile?.abbreviation ?? '', language);
  const titleId = `assessment-${assessment.id}-title`;

  return (
    <li className={current ? 'assessment-card assessment-card--current' : 'assessment-card'} aria-labelledby={titleId}>
      <h2 id={titleId} className="assessment-card__title">
        <a href={assessmentHref(assessment.id)}>{title}</a>
        {current && <span className="badge"> {t('assessments.current')}</span>}
      </h2>
      <p className="assessment-card__meta">
        {profile?.abbreviation} · {assessment.appointee.name || t('appointee.anonymous')} · {assessment.appointee.agency}
        <br />
        {t('assessment.ratedOf', { rated: progress.rated, total: progress.total })} · {t('assessments.updated', { date: formatLongDate(localCalendarDateOf(assessment.updatedAt), language) })}
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
        <div className="assessment-card__actions">
          <a className="button" href={assessmentHref(assessment.id)} aria-label={`${t('assessments.open')} ${title}`}>
            {t('assessments.open')}
          </a>
          <button ref={renameButton} type="button" className="button button--secondary" onClick={() => setRenaming(true)} aria-label={`${t('assessments.rename')} ${title}`}>
            {t('assessments.rename')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const id = duplicateAssessment(assessment.id, t('assessments.copyOf', { title }));
              if (id) navigate(assessmentHref(id));
            }}
            aria-label={`${t('assessments.duplicate')} ${title}`}
          >
            {t('assessments.duplicate')}
          </button>
          <button type="button" className="button button--danger-outline" onClick={onDelete} aria-label={`${t('assessments.delete')} ${title}`}>
            {t('assessments.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Every assessment kept in this browser: open, rename, duplicate, delete (after a question), or start a new one. */
export function AssessmentsScreen() {
  const { language, t } = useAssessmentTranslation();
  const { profiles } = useProfileLibrary();
  const assessments = useAppStore((state) => state.assessments);
  const currentId = useAppStore((state) => state.currentAssessmentId);
  const deleteAssessment = useAppStore((state) => state.deleteAssessment);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Newest first, by when each was started: the list does not reshuffle as assessments are edited.
  const ordered = Object.values(assessments).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  const deleteTitle = toDelete ? assessmentTitle(toDelete, profiles.find((p) => p.id === toDelete.profileId)?.abbreviation ?? '', language) : '';

  return (
    <section className="panel" aria-labelledby="assessments-title">
      <h1 id="assessments-title" ref={heading} tabIndex={-1}>
        {t('assessments.title')}
      </h1>
      <p>{t('assessments.intro')}</p>
      <p>
        <a className="button" href={newAssessmentHref()}>
          {t('assessments.new')}
        </a>{' '}
        <a className="button button--secondary" href={reviewModeHref()}>
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
      <ConfirmDialog
        open={toDelete !== null}
        title={t('assessments.deleteTitle')}
        body={t('assessments.deleteBody', { title: deleteTitle })}
        confirmLabel={t('assessments.deleteConfirm')}
        cancelLabel={t('details.cancel')}
        onConfirm={() => {
          if (toDelete) deleteAssessment(toDelete.id);
          setToDelete(null);
          requestAnimationFrame(() => heading.current?.focus());
        }}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}

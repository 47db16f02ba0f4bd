import { useState } from 'react';
import type { Assessment } from '../../domain/assessment';
import { listAssessmentItems } from '../../domain/assessment-items';
import { assessmentProgress } from '../../domain/progress';
import { useAssessmentTranslation } from './use-assessment-translation';
import { formatIsoDate } from '../../lib/dates';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentHref, navigate, newAssessmentHref } from '../../lib/routes';
import { useAppStore } from '../../store/app-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';

function AssessmentCard({ assessment, current, onDelete }: { assessment: Assessment; current: boolean; onDelete: () => void }) {
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  const renameAssessment = useAppStore((state) => state.renameAssessment);
  const duplicateAssessment = useAppStore((state) => state.duplicateAssessment);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(assessment.title);
  const profile = profiles.find((candidate) => candidate.id === assessment.profileId);
  const progress = profile ? assessmentProgress(listAssessmentItems(profile, catalogue), assessment).overall : { rated: 0, total: 0 };
  const titleId = `assessment-${assessment.id}-title`;

  return (
    <li className={current ? 'assessment-card assessment-card--current' : 'assessment-card'} aria-labelledby={titleId}>
      {renaming ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            renameAssessment(assessment.id, title);
            setRenaming(false);
          }}
        >
          <label htmlFor={`${titleId}-input`}>{t('assessments.newName')}</label>
          <input id={`${titleId}-input`} className="input" value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} required />
          <button type="submit" className="button">
            {t('assessments.saveName')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRenaming(false)}>
            {t('details.cancel')}
          </button>
        </form>
      ) : (
        <h2 id={titleId} className="assessment-card__title">
          <a href={assessmentHref(assessment.id)}>{assessment.title}</a>
          {current && <span className="badge"> {t('assessments.current')}</span>}
        </h2>
      )}
      <p className="assessment-card__meta">
        {profile?.abbreviation} · {assessment.appointee.name || t('appointee.anonymous')} · {assessment.appointee.agency}
        <br />
        {t('assessment.ratedOf', { rated: progress.rated, total: progress.total })} · {t('assessments.updated', { date: formatIsoDate(assessment.updatedAt.slice(0, 10), language) })}
      </p>
      <div className="assessment-card__actions">
        <a className="button" href={assessmentHref(assessment.id)} aria-label={`${t('assessments.open')} ${assessment.title}`}>
          {t('assessments.open')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => setRenaming(true)} aria-label={`${t('assessments.rename')} ${assessment.title}`}>
          {t('assessments.rename')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const id = duplicateAssessment(assessment.id, t('assessments.copyOf', { title: assessment.title }));
            if (id) navigate(assessmentHref(id));
          }}
          aria-label={`${t('assessments.duplicate')} ${assessment.title}`}
        >
          {t('assessments.duplicate')}
        </button>
        <button type="button" className="button button--danger-outline" onClick={onDelete} aria-label={`${t('assessments.delete')} ${assessment.title}`}>
          {t('assessments.delete')}
        </button>
      </div>
    </li>
  );
}

/** Every assessment kept in this browser: open, rename, duplicate, delete (after a question), or start a new one. */
export function AssessmentsScreen() {
  const { t } = useAssessmentTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const currentId = useAppStore((state) => state.currentAssessmentId);
  const deleteAssessment = useAppStore((state) => state.deleteAssessment);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const ordered = Object.values(assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="panel" aria-labelledby="assessments-title">
      <h1 id="assessments-title">{t('assessments.title')}</h1>
      <p>{t('assessments.intro')}</p>
      <p>
        <a className="button" href={newAssessmentHref()}>
          {t('assessments.new')}
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
        body={t('assessments.deleteBody', { title: toDelete?.title ?? '' })}
        confirmLabel={t('assessments.deleteConfirm')}
        cancelLabel={t('details.cancel')}
        onConfirm={() => {
          if (toDelete) deleteAssessment(toDelete.id);
          setToDelete(null);
        }}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}

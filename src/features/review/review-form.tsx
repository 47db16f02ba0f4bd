import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { listAssessmentItems, type AssessmentItem } from '../../domain/assessment-items';
import { pickText } from '../../domain/localized-text';
import { createReviewFile, reviewFromDraft, type ReviewDraft } from '../../domain/review';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { formatLongDate, todayCalendarDate } from '../../domain/calendar-date';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateField } from '../../ui/date-field';
import { entryOf, ReviewItemRow } from './review-item-row';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';

/** The review itself: who reviews, each item, the overall opinion, the plan; and the export. */
export function ReviewForm(props: {
  draft: ReviewDraft;
  setDraft: (change: (current: ReviewDraft) => ReviewDraft) => void;
  onItemChange: (item: AssessmentItem, entry: { value: string; comment: string }) => void;
  onClose: () => void;
}) {
  const { draft, setDraft, onItemChange, onClose } = props;
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const { language, t } = useReviewTranslation();
  const [outcome, setOutcome] = useState<{ ok: true; file: string } | { ok: false; missing: string[] } | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const problem = useRef<HTMLParagraphElement>(null);
  const request = draft.request;
  const profile = profiles.find((candidate) => candidate.id === request.profileId);
  const items = useMemo(() => (profile ? listAssessmentItems(profile, catalogue) : []), [profile, catalogue]);
  if (!profile) return <p role="alert">{t('reviewMode.unknownProfile')}</p>;

  function exportReview() {
    const made = reviewFromDraft(draft, new Date().toISOString());
    if (!made.ok) {
      const names = { name: t('reviewMode.name'), position: t('reviewMode.position'), date: t('reviewMode.date') };
      flushSync(() => setOutcome({ ok: false, missing: made.missing.map((field) => names[field]) }));
      problem.current?.focus();
      return;
    }
    const file = `${safeFileName('review', profile?.abbreviation ?? '', request.appointee.name, made.review.reviewer.name, todayCalendarDate())}.json`;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(made.review, __APP_VERSION__), null, 2)], { type: 'application/json' }), file);
    setOutcome({ ok: true, file });
  }

  const nameOf = (key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    return item ? `${item.code} ${pickText(item.title, language)}` : key;
  };
  return (
    <>
      <section className="panel" aria-labelledby="request-title">
        <h2 id="request-title">
          {request.appointee.name || '—'} · {request.appointee.position}
        </h2>
        <dl className="review-facts">
          <div>
            <dt>{t('reviewMode.role')}</dt>
            <dd>
              {profile.abbreviation} · {pickText(profile.title, language)}
            </dd>
          </div>
          <div>
            <dt>{t('reviewMode.appointedOn')}</dt>
            <dd>{formatLongDate(request.appointee.appointedOn, language)}</dd>
          </div>
        </dl>
        <p className="notice">{t(request.selfRatingsShown ? 'reviewMode.selfShown' : 'reviewMode.selfHidden')}</p>
      </section>
      <section className="panel" aria-labelledby="reviewer-title">
        <h2 id="reviewer-title">{t('reviewMode.reviewer')}</h2>
        <p className="field">
          <label htmlFor="reviewer-name" className="field__label">
            {t('reviewMode.name')} <span aria-hidden="true">*</span>
          </label>
          <input id="reviewer-name" className="input" autoComplete="name" required maxLength={200} value={draft.reviewerName} onChange={(event) => setDraft((d) => ({ ...d, reviewerName: event.target.value }))} />
        </p>
        <p className="field">
          <label htmlFor="reviewer-position" className="field__label">
            {t('reviewMode.position')} <span aria-hidden="true">*</span>
          </label>
          <input id="reviewer-position" className="input" autoComplete="organization-title" required maxLength={200} value={draft.reviewerPosition} onChange={(event) => setDraft((d) => ({ ...d, reviewerPosition: event.target.value }))} />
        </p>
        <DateField key={language} legend={t('reviewMode.date')} required value={draft.reviewedOn} language={language} labels={dateFieldLabels(language)} onChange={(value) => setDraft((d) => ({ ...d, reviewedOn: value }))} />
      </section>
      <section className="panel" aria-labelledby="review-items-title">
        <h2 id="review-items-title">{t('reviewMode.items')}</h2>
        <ol className="review-items">
          {items.map((item) => (
            <ReviewItemRow key={item.key} item={item} request={request} scale={ratingScale} {...entryOf(item, draft)} onChange={onItemChange} />
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="review-overall-title">
        <h2 id="review-overall-title">
          <label htmlFor="review-overall">{t('reviewMode.overall')}</label>
        </h2>
        <textarea id="review-overall" className="input" rows={4} maxLength={4000} value={draft.overall} onChange={(event) => setDraft((d) => ({ ...d, overall: event.target.value }))} />
      </section>
      <section className="panel" aria-labelledby="review-plan-title">
        <h2 id="review-plan-title">{t('reviewMode.plan')}</h2>
        {request.actions.length === 0 ? (
          <p className="empty">{t('reviewMode.noPlan')}</p>
        ) : (
          <ul>
            {request.actions.map((action) => (
              <li key={action.id}>
                {action.description} ({t(`action.kind.${action.kind}`)} · {t(`action.status.${action.status}`)} · {t('reviewMode.due', { date: formatLongDate(action.targetOn, language) })}) —{' '}
                {action.serves.map(nameOf).join(', ')}
              </li>
            ))}
          </ul>
        )}
        <p className="checkbox-field">
          <input id="plan-agreed" type="checkbox" checked={draft.plan.agreed} onChange={(event) => setDraft((d) => ({ ...d, plan: { ...d.plan, agreed: event.target.checked } }))} />
          <label htmlFor="plan-agreed">{t('reviewMode.planAgreed')}</label>
        </p>
        <p className="field">
          <label htmlFor="plan-comment" className="field__label">
            {t('reviewMode.planComment')}
          </label>
          <textarea
            id="plan-comment"
            className="input"
            rows={3}
            maxLength={2000}
            value={draft.plan.comment ?? ''}
            onChange={(event) => setDraft((d) => ({ ...d, plan: { agreed: d.plan.agreed, ...(event.target.value ? { comment: event.target.value } : {}) } }))}
          />
        </p>
      </section>
      <section className="panel" aria-label={t('reviewMode.export')}>
        {outcome?.ok === false && (
          <p className="data-problems" role="alert" tabIndex={-1} ref={problem}>
            {t('reviewMode.missing', { fields: outcome.missing.join(', ') })}
          </p>
        )}
        {outcome?.ok && (
          <p className="notice" role="status">
            <Icon name="check" /> {t('reviewMode.exported', { file: outcome.file })}
          </p>
        )}
        <p className="form__actions">
          <button type="button" className="button" onClick={exportReview}>
            {t('reviewMode.export')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmClose(true)}>
            {t('reviewMode.close')}
          </button>
        </p>
      </section>
      <ConfirmDialog
        open={confirmClose}
        title={t('reviewMode.closeTitle')}
        body={t('reviewMode.closeBody')}
        confirmLabel={t('reviewMode.closeConfirm')}
        cancelLabel={t('reviewMode.cancel')}
        onConfirm={() => {
          setConfirmClose(false);
          onClose();
        }}
        onCancel={() => setConfirmClose(false)}
      />
    </>
  );
}

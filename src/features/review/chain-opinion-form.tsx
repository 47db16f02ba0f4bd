import { useState } from 'react';
import type { Opinion, Verdict } from '../../domain/assessment/review-schema';
import { createReviewFile, type ReviewFile } from '../../domain/files/review';
import { signedFrom, withOpinion } from '../../domain/files/review-chain';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useClock, useToday } from '../../store/app-store-context';
import { Icon } from '../../ui/icon';
import { useChainFormTranslation } from './chain-form-messages';
import { EarlierOpinions } from './earlier-opinions';
import { SignFields, signErrors, type SignErrors } from './sign-fields';
import { VerdictChoices } from './verdict-field';

/** What a later level types: who signs, the verdict, the opinion in words. */
type Typed = { name: string; position: string; date: string; verdict?: Verdict; opinion: string; planComment?: string };

/** A later level's opinion: who signs, the verdict (required), the opinion in words; exported into the same file. */
export function ChainOpinionForm(props: {
  file: ReviewFile;
  level: { index: number; title: string };
  initial: Typed;
  onChange: (typed: Typed) => void;
  onClose: () => void;
}) {
  const { file, level, onClose } = props;
  const { language, t } = useChainFormTranslation();
  const clock = useClock();
  const today = useToday();
  // What is typed, kept by the caller on every change (a reload loses nothing).
  const [typed, setTyped] = useState<Typed>(props.initial);
  function keep(patch: Partial<Typed>) {
    const next = { ...typed, ...patch };
    setTyped(next);
    props.onChange(next);
  }
  const values = { name: typed.name, position: typed.position, date: typed.date };
  const verdict = typed.verdict ?? null;
  const opinion = typed.opinion;
  const [errors, setErrors] = useState<SignErrors & { verdict?: true }>({});
  const [exported, setExported] = useState<{ file: string; next: string | null } | null>(null);

  function exportOpinion() {
    const signed = signedFrom({ name: values.name, position: values.position, signedOn: values.date }, today);
    const wrong = { ...(signed.ok ? {} : signErrors(signed.missing, signed.future)), ...(verdict ? {} : { verdict: true as const }) };
    setErrors(wrong);
    if (!signed.ok || !verdict) return;
    const planComment = typed.planComment?.trim();
    const added = { ...signed.signed, verdict, opinion: opinion.trim(), ...(planComment ? { planComment } : {}) };
    setExported(downloadWithOpinion(file, level.index, added, clock.now().toISOString()));
  }

  const heading = t('chainForm.yourLevel', { title: level.title, number: level.index + 1 });
  return (
    <div className="chain-opinion">
      {file.appointee && (
        <p className="notice">
          {file.appointee.name || '—'} · {file.appointee.position} · {file.review.profileId.toUpperCase()}
        </p>
      )}
      <EarlierOpinions review={file.review} title={t('chainForm.earlier')} headingId="chain-earlier-title" />
      <section aria-labelledby="chain-own-title">
        <h3 id="chain-own-title">{heading}</h3>
        <SignFields
          values={values}
          errors={errors}
          onChange={(next) => (keep(next), setErrors(({ verdict: kept }) => (kept ? { verdict: kept } : {})))}
          language={language}
        />
        <VerdictChoices
          legend={t('chainForm.verdict')}
          language={language}
          level={2}
          name="chain-verdict"
          input={(choice) => ({
            checked: verdict === choice,
            onChange: () => (keep({ verdict: choice }), setErrors((wrong) => ({ ...wrong, verdict: undefined }))),
          })}
          error={errors.verdict ? t('chainForm.verdictRequired') : undefined}
          errorId="chain-verdict-error"
        />
        <OpinionText id="chain-opinion-text" label={t('chainForm.opinion')} value={opinion} max={4000} onChange={(text) => keep({ opinion: text })} />
        {/* The same comment on the plan as level 1's, for every level (issue 26, second trial). */}
        <OpinionText
          id="chain-plan-comment"
          label={t('chainForm.planComment')}
          value={typed.planComment ?? ''}
          max={2000}
          onChange={(text) => keep({ planComment: text })}
        />
        <p className="form__actions">
          <button type="button" className="button" onClick={exportOpinion}>
            {t('chainForm.export')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('chainForm.close')}
          </button>
        </p>
        {exported && (
          <p className="notice" role="status">
            <Icon name="check" />{' '}
            {exported.next ? t('chainForm.passOn', { file: exported.file, title: exported.next }) : t('chainForm.sendBack', { file: exported.file })}
          </p>
        )}
      </section>
    </div>
  );
}

/** Downloads the review passed on with the opinion of level `index` (from 0) added, named for that level; says to whom it goes next. */
function downloadWithOpinion(file: ReviewFile, index: number, opinion: Opinion, now: string): { file: string; next: string | null } {
  const review = withOpinion(file.review, opinion, now);
  const name = `${safeFileName(`review-level-${index + 1}`, review.profileId.toUpperCase(), file.appointee?.name ?? '', opinion.name, opinion.signedOn)}.json`;
  downloadBlob(new Blob([JSON.stringify(createReviewFile(review, __APP_VERSION__, file.appointee), null, 2)], { type: 'application/json' }), name);
  return { file: name, next: review.chain?.levels[index + 1] ?? null };
}

/** A later level's words: the opinion, or the comment on the plan. */
function OpinionText({ id, label, value, max, onChange }: { id: string; label: string; value: string; max: number; onChange: (text: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea id={id} className="input" rows={4} maxLength={max} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

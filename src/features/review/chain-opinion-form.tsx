import { useState } from 'react';
import type { Verdict } from '../../domain/assessment/review-schema';
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
type Typed = { name: string; position: string; date: string; verdict?: Verdict; opinion: string };

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
    const review = withOpinion(file.review, { ...signed.signed, verdict, opinion: opinion.trim() }, clock.now().toISOString());
    const name = `${safeFileName(`review-level-${level.index + 1}`, file.review.profileId.toUpperCase(), file.appointee?.name ?? '', signed.signed.name, signed.signed.signedOn)}.json`;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(review, __APP_VERSION__, file.appointee), null, 2)], { type: 'application/json' }), name);
    setExported({ file: name, next: review.chain?.levels[level.index + 1] ?? null });
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
          name="chain-verdict"
          input={(choice) => ({
            checked: verdict === choice,
            onChange: () => (keep({ verdict: choice }), setErrors((wrong) => ({ ...wrong, verdict: undefined }))),
          })}
          error={errors.verdict ? t('chainForm.verdictRequired') : undefined}
          errorId="chain-verdict-error"
        />
        <OpinionText label={t('chainForm.opinion')} value={opinion} onChange={(text) => keep({ opinion: text })} />
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

/** The later level's opinion in words. */
function OpinionText({ label, value, onChange }: { label: string; value: string; onChange: (text: string) => void }) {
  return (
    <div className="field">
      <label htmlFor="chain-opinion-text" className="field__label">
        {label}
      </label>
      <textarea id="chain-opinion-text" className="input" rows={4} maxLength={4000} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

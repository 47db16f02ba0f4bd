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

/** A later level's opinion: who signs, the verdict (required), the opinion in words; exported into the same file. */
export function ChainOpinionForm({ file, level, onClose }: { file: ReviewFile; level: { index: number; title: string }; onClose: () => void }) {
  const { language, t } = useChainFormTranslation();
  const clock = useClock();
  const today = useToday();
  const [values, setValues] = useState({ name: '', position: level.title, date: today });
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<SignErrors & { verdict?: true }>({});
  const [exported, setExported] = useState<{ file: string; next: string | null } | null>(null);

  function exportOpinion() {
    const signed = signedFrom({ name: values.name, position: values.position, signedOn: values.date }, today);
    const wrong = { ...(signed.ok ? {} : signErrors(signed.missing, signed.future)), ...(verdict ? {} : { verdict: true as const }) };
    setErrors(wrong);
    if (!signed.ok || !verdict) return;
    const review = withOpinion(file.review, { ...signed.signed, verdict, opinion: opinion.trim() }, clock.now().toISOString());
    const name = `${safeFileName('review', file.review.profileId.toUpperCase(), file.appointee?.name ?? '', signed.signed.name, signed.signed.signedOn)}.json`;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(review, __APP_VERSION__, file.appointee), null, 2)], { type: 'application/json' }), name);
    setExported({ file: name, next: review.chain?.levels[level.index + 1] ?? null });
  }

  const heading = t('chainForm.yourLevel', { title: level.title, number: level.index + 1 });
  return (
    <div className="chain-opinion">
      <EarlierOpinions file={file} />
      <section aria-labelledby="chain-own-title">
        <h3 id="chain-own-title">{heading}</h3>
        <SignFields
          values={values}
          errors={errors}
          onChange={(next) => (setValues(next), setErrors(({ verdict: kept }) => (kept ? { verdict: kept } : {})))}
          language={language}
        />
        <VerdictChoices
          legend={t('chainForm.verdict')}
          language={language}
          name="chain-verdict"
          input={(choice) => ({ checked: verdict === choice, onChange: () => (setVerdict(choice), setErrors((wrong) => ({ ...wrong, verdict: undefined }))) })}
          error={errors.verdict ? t('chainForm.verdictRequired') : undefined}
          errorId="chain-verdict-error"
        />
        <div className="field">
          <label htmlFor="chain-opinion-text" className="field__label">
            {t('chainForm.opinion')}
          </label>
          <textarea id="chain-opinion-text" className="input" rows={4} maxLength={4000} value={opinion} onChange={(event) => setOpinion(event.target.value)} />
        </div>
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

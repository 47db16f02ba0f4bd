import { useState } from 'react';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { createReviewFile, type ReviewFile } from '../../domain/files/review';
import { signedFrom, withReceipt } from '../../domain/files/review-chain';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useToday } from '../../store/app-store-context';
import { Icon } from '../../ui/icon';
import { useChainFormTranslation } from './chain-form-messages';
import { EarlierOpinions } from './earlier-opinions';
import { SignFields, signErrors, type SignErrors, type SignValues } from './sign-fields';

/**
 * HR's receipt in HR's own browser (issue 26, second trial: it lived only there): the file the appointee exported
 * once they acknowledged, every opinion and the acknowledgement read-only, then who received it and when, exported
 * into the same file for the appointee to bring back.
 */
export function ChainReceiptForm(props: { file: ReviewFile; initial: SignValues; onChange: (values: SignValues) => void; onClose: () => void }) {
  const { file, onClose } = props;
  const { language, t } = useChainFormTranslation();
  const today = useToday();
  const [values, setValues] = useState<SignValues>(props.initial);
  const [errors, setErrors] = useState<SignErrors>({});
  const [exported, setExported] = useState<string | null>(null);
  const acknowledged = file.review.acknowledged;

  function exportReceipt() {
    const signed = signedFrom({ name: values.name, position: values.position, signedOn: values.date }, today);
    if (!signed.ok) return setErrors(signErrors(signed.missing, signed.future));
    const review = withReceipt(file.review, signed.signed);
    const name = `${safeFileName('review-received', review.profileId.toUpperCase(), file.appointee?.name ?? '', signed.signed.name, signed.signed.signedOn)}.json`;
    downloadBlob(new Blob([JSON.stringify(createReviewFile(review, __APP_VERSION__, file.appointee), null, 2)], { type: 'application/json' }), name);
    setExported(name);
  }

  return (
    <div className="chain-opinion chain-receipt">
      {file.appointee && (
        <p className="notice">
          {file.appointee.name || '—'} · {file.appointee.position} · {file.review.profileId.toUpperCase()}
        </p>
      )}
      <EarlierOpinions review={file.review} title={t('chainForm.allOpinions')} headingId="chain-earlier-title" />
      {acknowledged && <p data-acknowledged>{t('chainForm.acknowledgedBy', { ...acknowledged, date: formatLongDate(acknowledged.signedOn, language) })}</p>}
      <section aria-labelledby="chain-receipt-title">
        <h3 id="chain-receipt-title">{t('chainForm.receiptTitle')}</h3>
        <p className="field__hint">{t('chainForm.receiptHint')}</p>
        <SignFields values={values} errors={errors} onChange={(next) => (setValues(next), setErrors({}), props.onChange(next))} language={language} />
        <p className="form__actions">
          <button type="button" className="button" onClick={exportReceipt}>
            {t('chainForm.exportReceipt')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('chainForm.close')}
          </button>
        </p>
        {exported && (
          <p className="notice" role="status">
            <Icon name="check" /> {t('chainForm.sendBack', { file: exported })}
          </p>
        )}
      </section>
    </div>
  );
}

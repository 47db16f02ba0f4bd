import { useMemo, useState } from 'react';
import { profileKeysById } from '../../domain/files/profile-keys';
import { parseReviewToPass, type ReviewFile } from '../../domain/files/review';
import { nextLevel } from '../../domain/files/review-chain';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useClock } from '../../store/app-store-context';
import { useChainFormTranslation } from './chain-form-messages';
import { ChainOpinionForm } from './chain-opinion-form';
import { FilePicker, useExchangeFile } from './file-picker';

/**
 * Review mode for a later level of the chain: open the review file passed on, read the opinions so far, add one's own
 * opinion and verdict to the same file, and export it to pass on or send back. Nothing is kept in this browser.
 */
export function ChainOpinion() {
  const { t } = useChainFormTranslation();
  const library = useProfileLibrary();
  const profiles = useMemo(() => profileKeysById(library), [library]);
  const clock = useClock();
  const exchange = useExchangeFile();
  const [file, setFile] = useState<ReviewFile | null>(null);

  async function open(chosen: File) {
    setFile(null);
    const result = await exchange.read(chosen, (text) => parseReviewToPass(text, profiles, clock.now().toISOString()));
    if (result) setFile(result.data);
  }

  const level = file ? nextLevel(file.review) : null;
  return (
    <section className="panel" aria-labelledby="chain-pass-title">
      <h2 id="chain-pass-title">{t('chainForm.pass')}</h2>
      <p id="chain-pass-hint" className="field__hint">
        {t('chainForm.passHint')}
      </p>
      {!file && <FilePicker label={t('chainForm.choose')} hintId="chain-pass-hint" onFile={(chosen) => void open(chosen)} />}
      {exchange.refusal}
      {file && level && <ChainOpinionForm key={file.review.exportedAt} file={file} level={level} onClose={() => setFile(null)} />}
    </section>
  );
}

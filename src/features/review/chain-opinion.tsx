import { useMemo } from 'react';
import { profileKeysById } from '../../domain/files/profile-keys';
import { parseReviewToPass } from '../../domain/files/review';
import { awaitsReceipt, nextLevel } from '../../domain/files/review-chain';
import { loadChainDraft, removeChainDraft, saveChainDraft, type ChainDraft } from '../../lib/chain-drafts';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { navigate, routes } from '../../lib/routes';
import { useAppStoreApi } from '../../store/app-store-context';
import { useChainFormTranslation } from './chain-form-messages';
import { ChainOpinionForm } from './chain-opinion-form';
import { ChainReceiptForm } from './chain-receipt-form';
import { FilePicker, useExchangeFile } from './file-picker';

/**
 * Review mode for a later level of the chain: open the review file passed on, read the opinions so far, add one's own
 * opinion and verdict to the same file, and export it to pass on or send back. The opinion in progress is kept under
 * the review's id, at the address `#/review/<id>` (`openId`), so a reload or a closed browser loses nothing.
 */
export function ChainOpinion({ openId }: { openId: string | null }) {
  const { t } = useChainFormTranslation();
  const library = useProfileLibrary();
  const profiles = useMemo(() => profileKeysById(library), [library]);
  const { clock, storage } = useAppStoreApi();
  const exchange = useExchangeFile();
  // The opinion in progress at this address, its file read again with every check.
  const opened = useMemo(() => {
    const draft = openId ? loadChainDraft(storage, openId) : null;
    const reading = draft ? parseReviewToPass(draft.fileText, profiles, clock.now().toISOString()) : null;
    return draft && reading?.ok ? { draft, file: reading.data } : null;
  }, [openId, storage, profiles, clock]);

  async function open(chosen: File) {
    // The text as chosen is kept: read again, with every check, whenever the draft is opened.
    let fileText = '';
    const result = await exchange.read(chosen, (text) => ((fileText = text), parseReviewToPass(text, profiles, clock.now().toISOString())));
    if (!result) return;
    // The next level's opinion, or HR's receipt once every level has given theirs and the appointee acknowledged.
    const level = nextLevel(result.data.review);
    const id = result.data.review.id;
    // Opened again (the same review), what was typed stays.
    const typed = loadChainDraft(storage, id) ?? { name: '', position: level?.title ?? '', date: clock.today(), opinion: '' };
    saveChainDraft(storage, id, { ...typed, fileText });
    navigate(routes['review-mode'].href({ id }));
  }

  function close() {
    if (opened) removeChainDraft(storage, opened.file.review.id);
    navigate(routes['review-mode'].href());
  }

  const level = opened ? nextLevel(opened.file.review) : null;
  return (
    <section className="panel" aria-labelledby="chain-pass-title">
      <h2 id="chain-pass-title">{t('chainForm.pass')}</h2>
      <p id="chain-pass-hint" className="field__hint">
        {t('chainForm.passHint')}
      </p>
      {!opened && <FilePicker label={t('chainForm.choose')} hintId="chain-pass-hint" onFile={(chosen) => void open(chosen)} />}
      {exchange.refusal}
      {opened && !level && awaitsReceipt(opened.file.review) && (
        <ChainReceiptForm
          key={opened.file.review.id}
          file={opened.file}
          initial={opened.draft}
          onChange={(values) => saveChainDraft(storage, opened.file.review.id, { ...opened.draft, ...values })}
          onClose={close}
        />
      )}
      {opened && level && (
        <ChainOpinionForm
          key={opened.file.review.id}
          file={opened.file}
          level={level}
          initial={opened.draft}
          onChange={(values: Omit<ChainDraft, 'fileText'>) => saveChainDraft(storage, opened.file.review.id, { ...values, fileText: opened.draft.fileText })}
          onClose={close}
        />
      )}
    </section>
  );
}

import type { RefObject } from 'react';
import { useState } from 'react';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileChooser } from './file-chooser';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';
import type { RollupState } from './use-rollup';

/** What the organisation view is, and that the files never leave the browser. */
export function OrganisationIntro() {
  const { t } = useOrganisationTranslation();
  return (
    <section className="panel" aria-labelledby="org-title">
      <h1 id="org-title">{t('org.title')}</h1>
      <p>{t('org.intro')}</p>
      <div className="org-privacy" role="note" aria-labelledby="org-privacy-title">
        <h2 id="org-privacy-title">{t('org.privacyTitle')}</h2>
        <p>{t('org.privacy')}</p>
      </div>
    </section>
  );
}

/**
 * The files: choose them (added to the roll-up shown, if any), start again after a confirmation, follow and cancel a
 * load, and what the last load came to.
 */
export function OpenFiles(props: {
  view: RollupView | null;
  loading: RollupState['loading'];
  notice: RollupState['notice'];
  added: RollupState['added'];
  progress: RefObject<HTMLDivElement | null>;
  onFiles: (files: File[]) => void;
  onStartOver: () => void;
  onCancel: () => void;
}) {
  const { view, loading, notice, added, progress, onFiles, onStartOver, onCancel } = props;
  const { t } = useOrganisationTranslation();
  const [askingStartOver, setAskingStartOver] = useState(false);
  const shown = view !== null;
  return (
    <section className="panel" aria-labelledby="org-open-title">
      <h2 id="org-open-title">{t('org.open')}</h2>
      <FileChooser onFiles={onFiles} disabled={loading !== null} adding={shown} />
      {shown && (
        <p>
          <button type="button" className="button button--secondary" disabled={loading !== null} onClick={() => setAskingStartOver(true)}>
            {t('org.startOver')}
          </button>
        </p>
      )}
      <ConfirmDialog
        open={askingStartOver}
        title={t('org.startOverTitle')}
        body={t('org.startOverBody')}
        confirmLabel={t('org.startOverConfirm')}
        cancelLabel={t('org.keepGoing')}
        onConfirm={() => {
          setAskingStartOver(false);
          onStartOver();
        }}
        onCancel={() => setAskingStartOver(false)}
      />
      {loading?.kind === 'files' && (
        <div className="org-progress" ref={progress} tabIndex={-1}>
          <label htmlFor="org-progress">{t('org.reading', { read: loading.read, total: loading.total })}</label>
          <progress id="org-progress" max={loading.total} value={loading.read} aria-label={t('org.progress')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('org.cancel')}
          </button>
        </div>
      )}
      {loading?.kind === 'kept' && (
        <p className="notice" role="status">
          {t('org.openingKept')}
        </p>
      )}
      {/* One live region, always there, so that what it is given is said. */}
      <div role="status">
        {notice && <p className="notice">{t(noticeKey(notice, shown))}</p>}
        {added && <AddedNotice added={added} />}
      </div>
    </section>
  );
}

/** What files added to the roll-up came to: how many, the people now, and what was not counted or refused. */
function AddedNotice({ added }: { added: NonNullable<RollupState['added']> }) {
  const { t } = useOrganisationTranslation();
  const parts = [
    t('org.added', { files: added.files, people: added.people }),
    ...(added.repeated > 0 ? [t('org.addedRepeated', { count: added.repeated })] : []),
    ...(added.refused > 0 ? [t('org.addedRefused', { count: added.refused })] : []),
  ];
  return <p className="notice">{parts.join(' ')}</p>;
}

/** What the notice under the file choice says: a cancelled or failed load says whether a roll-up is still shown. */
function noticeKey(notice: NonNullable<RollupState['notice']>, shown: boolean) {
  if (notice === 'cancelled') return shown ? 'org.cancelledKept' : 'org.cancelled';
  if (notice === 'failed') return shown ? 'org.failedKept' : 'org.failed';
  return notice === 'cleared' ? 'org.cleared' : 'org.keptUnreadable';
}

import { useId, useState } from 'react';
import { evidenceAccept } from '../domain/assessment/evidence-kinds';
import { translateEvidence } from '../i18n/evidence-messages';
import { useTranslator } from '../i18n/use-translation';
import { EvidenceFileRow } from './evidence-file-row';
import { FileField } from './file-field';
import { useEvidenceFiles } from './use-evidence-files';
import './evidence-files.css';

/**
 * The evidence files of an item, an experience or a plan action (`attachedTo`): each with its name, size and the day
 * it was added, to open, download or remove (undone until the page is left), and a field to attach more. Loaded
 * lazily by the screens that show it, with `idb`; what happened is said in a status line, in the page's language.
 */
export function EvidenceFiles(props: { assessmentId: string; attachedTo: string; itemName: string }) {
  const { assessmentId, attachedTo, itemName } = props;
  const { language, t } = useTranslator(translateEvidence);
  const evidence = useEvidenceFiles(assessmentId, attachedTo);
  const hintId = useId();
  // One status line a group, there from the first focus inside it (a screen of 66 items has no 66 empty live regions).
  const [active, setActive] = useState(false);
  const { files, removed, notice } = evidence;
  return (
    <div
      className="evidence-files"
      role="group"
      aria-label={`${t('evidence.files')}: ${itemName}`}
      data-evidence-for={attachedTo}
      onFocus={() => setActive(true)}
    >
      {files.length > 0 && (
        <ul className="evidence-files__list">
          {files.map((file) => (
            <EvidenceFileRow
              key={file.id}
              file={file}
              language={language}
              t={t}
              onOpen={() => void evidence.open(file)}
              onDownload={() => void evidence.download(file)}
              onRemove={() => evidence.remove(file)}
            />
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <ul className="evidence-files__list evidence-files__list--removed">
          {removed.map((file) => (
            <li key={file.id}>
              <del className="evidence-file__name">{file.name}</del>{' '}
              <button type="button" className="button button--link" aria-label={`${t('evidence.undo')}: ${file.name}`} onClick={() => evidence.undo(file)}>
                {t('evidence.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="evidence-files__attach">
        <FileField
          label={t('evidence.attach')}
          accept={evidenceAccept}
          multiple
          disabled={evidence.busy}
          aria-describedby={hintId}
          onFiles={(chosen) => void evidence.attach(chosen)}
        />{' '}
        <span id={hintId} className="evidence-files__hint">
          <span className="visually-hidden">{t('evidence.attachFor', { item: itemName })}. </span>
          {t('evidence.kinds')}
        </span>
      </p>
      {(active || notice) && (
        <p className="evidence-files__notice" role="status">
          {notice ? t(notice.key, notice.params) : ''}
        </p>
      )}
    </div>
  );
}

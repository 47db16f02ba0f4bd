import type { EvidenceFile } from '../domain/assessment/assessment';
import { formatLongDate, localCalendarDateOf } from '../domain/calendar/calendar-date';
import { formatFileSize } from '../domain/files/file-size';
import type { Language } from '../domain/shared/localized-text';
import type { EvidenceMessageKey } from '../i18n/evidence-messages';
import type { Translate } from '../i18n/translate';

/** One evidence file: its name, size and the day it was added (Buddhist Era in Thai), and what can be done with it. */
export function EvidenceFileRow(props: {
  file: EvidenceFile;
  language: Language;
  t: Translate<EvidenceMessageKey>;
  onOpen: () => void;
  onDownload: () => void;
  onRemove: () => void;
}) {
  const { file, language, t } = props;
  return (
    <li className="evidence-file" data-file={file.id}>
      <span className="evidence-file__name">{file.name}</span>{' '}
      <span className="evidence-file__meta">
        {formatFileSize(file.size)} · {t('evidence.added', { date: formatLongDate(localCalendarDateOf(file.addedAt), language) })}
      </span>{' '}
      <span className="evidence-file__tools">
        <button type="button" className="button button--link" aria-label={`${t('evidence.open')}: ${file.name}`} onClick={props.onOpen}>
          {t('evidence.open')}
        </button>
        <button type="button" className="button button--link" aria-label={`${t('evidence.download')}: ${file.name}`} onClick={props.onDownload}>
          {t('evidence.download')}
        </button>
        <button type="button" className="button button--link" aria-label={`${t('evidence.remove')}: ${file.name}`} onClick={props.onRemove}>
          {t('evidence.remove')}
        </button>
      </span>
    </li>
  );
}

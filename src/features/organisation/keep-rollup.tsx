import { useState, useSyncExternalStore } from 'react';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { keptBytes } from './kept-rollup';
import type { HeldText } from './held-text';
import type { KeepNotice } from './use-keep';
import { useOrganisationTranslation } from './use-organisation-translation';

/** What keeping would store now: how many people and assessments. */
export interface ToKeep {
  people: number;
  assessments: number;
}

/** What the combiner holds (its text's bytes and length), to subscribe to. */
export interface HeldStore {
  subscribe: (listener: () => void) => () => void;
  get: () => HeldText | null;
}

/**
 * Keep the roll-up in this browser (apart from the user's own assessments), saying exactly what is stored and how
 * much; clear what is kept, after asking, with Undo until the page is left.
 */
export function KeepRollup(props: {
  kept: { keptAt: string | null; bytes: number } | null;
  toKeep: ToKeep | null;
  held: HeldStore;
  notice: KeepNotice;
  cleared: boolean;
  onKeep: () => void;
  onClear: () => void;
  onUndo: () => void;
}) {
  const { kept, toKeep, held, notice, cleared, onKeep, onClear, onUndo } = props;
  const heldNow = useSyncExternalStore(held.subscribe, held.get);
  const { language, t } = useOrganisationTranslation();
  const [asking, setAsking] = useState(false);
  const size = useSizeInWords();
  return (
    <section className="panel" aria-labelledby="org-keep-title">
      <h2 id="org-keep-title">{t('org.keepTitle')}</h2>
      <p className="field__hint">{t('org.keepHint')}</p>
      {toKeep && heldNow !== null && <p>{t('org.keepSize', { people: toKeep.people, assessments: toKeep.assessments, size: size(keptBytes(heldNow)) })}</p>}
      {kept?.keptAt && <p>{t('org.keptAt', { date: formatLongDate(localCalendarDateOf(kept.keptAt), language), size: size(kept.bytes) })}</p>}
      <p className="org-figure__actions">
        {toKeep && (
          <button type="button" className="button button--secondary" onClick={onKeep}>
            {t('org.keep')}
          </button>
        )}
        {kept && (
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            {t('org.clear')}
          </button>
        )}
      </p>
      <ConfirmDialog
        open={asking}
        title={t('org.clearTitle')}
        body={t('org.clearBody', { size: size(kept?.bytes ?? 0) })}
        confirmLabel={t('org.clearConfirm')}
        cancelLabel={t('org.clearCancel')}
        onConfirm={() => {
          setAsking(false);
          onClear();
        }}
        onCancel={() => setAsking(false)}
      />
      {notice && (
        <p className="notice" role="status">
          {t(notice === 'kept' ? 'org.kept' : 'org.keepFailed')}
        </p>
      )}
      {cleared && (
        <p className="notice org-figure__actions" role="status">
          {t('org.clearedUndo')}{' '}
          <button type="button" className="button button--secondary" onClick={onUndo}>
            {t('org.undoClear')}
          </button>
        </p>
      )}
    </section>
  );
}

/** A size in bytes in words: "about 1.2 MB (1,153,422 bytes)", in the screen's language. */
function useSizeInWords() {
  const { language, t } = useOrganisationTranslation();
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 1 });
  return (bytes: number) => {
    const whole = number.format(bytes);
    if (bytes >= 1_000_000) return t('org.sizeMegabytes', { amount: number.format(bytes / 1_000_000), bytes: whole });
    if (bytes >= 1_000) return t('org.sizeKilobytes', { amount: number.format(Math.round(bytes / 1_000)), bytes: whole });
    return t('org.sizeBytes', { bytes: whole });
  };
}

import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { useOrganisationTranslation } from './use-organisation-translation';

export type KeepNotice = 'kept' | 'keepFailed' | null;

/** Keep the roll-up in this browser (apart from the user's own assessments), or clear what is kept, with one button each. */
export function KeepRollup({
  kept,
  notice,
  onKeep,
  onClear,
  canKeep,
}: {
  kept: { keptAt: string | null } | null;
  notice: KeepNotice;
  onKeep: () => void;
  onClear: () => void;
  canKeep: boolean;
}) {
  const { language, t } = useOrganisationTranslation();
  return (
    <section className="panel" aria-labelledby="org-keep-title">
      <h2 id="org-keep-title">{t('org.keepTitle')}</h2>
      <p className="field__hint">{t('org.keepHint')}</p>
      {kept?.keptAt && <p>{t('org.keptAt', { date: formatLongDate(localCalendarDateOf(kept.keptAt), language) })}</p>}
      <p className="org-figure__actions">
        {canKeep && (
          <button type="button" className="button button--secondary" onClick={onKeep}>
            {t('org.keep')}
          </button>
        )}
        {kept && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('org.clear')}
          </button>
        )}
      </p>
      {notice && (
        <p className="notice" role="status">
          {t(notice === 'kept' ? 'org.kept' : 'org.keepFailed')}
        </p>
      )}
    </section>
  );
}

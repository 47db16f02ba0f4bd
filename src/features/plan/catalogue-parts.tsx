import { useState, type Ref } from 'react';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { pickText, type LocalizedText } from '../../domain/shared/localized-text';
import type { RefusedRow } from '../../domain/files/table-rows';
import type { ResourceCatalogue } from '../../domain/scoring/resource-catalogue';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileField } from '../../ui/file-field';
import { Icon } from '../../ui/icon';
import { CatalogueTable } from './catalogue-table';
import { useCatalogueTranslation } from './use-catalogue-translation';

/** What the last choice of a file, or removing the catalogue, came to; null before either. */
export type Outcome =
  | { kind: 'reading' }
  | { kind: 'refused'; file: string; reason: LocalizedText }
  | { kind: 'read'; file: string; taken: number; kept: boolean; refused: RefusedRow[]; ignoredColumns: string[] }
  | { kind: 'removed' }
  | null;

/** The screen's title, what a catalogue is, the file field and the format's help. */
export function CatalogueIntro({ onChoose }: { onChoose: (file: File) => void }) {
  const { t } = useCatalogueTranslation();
  return (
    <header className="panel">
      <h1>{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      <p className="form__actions">
        <FileField
          label={t('catalogue.choose')}
          accept=".json,.csv,application/json,text/csv"
          secondary={false}
          aria-describedby="catalogue-hint"
          onFiles={([file]) => file && onChoose(file)}
        />
      </p>
      <p id="catalogue-hint" className="field__hint">
        {t('catalogue.chooseHint')}
      </p>
      <details className="catalogue__help">
        <summary>{t('catalogue.formatTitle')}</summary>
        <p>{t('catalogue.formatHelp')}</p>
      </details>
    </header>
  );
}

/** Where the outcome is said (focused once it is known): reading, removed, the file refused, or what it gave. */
export function CatalogueOutcome({ outcome, ref }: { outcome: Outcome; ref: Ref<HTMLDivElement> }) {
  const { language, t } = useCatalogueTranslation();
  return (
    <div ref={ref} tabIndex={-1} className="catalogue__outcome">
      {outcome?.kind === 'reading' && <p role="status">{t('catalogue.reading')}</p>}
      {outcome?.kind === 'removed' && (
        <p className="notice" role="status">
          {t('catalogue.removed')}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div className="data-problems" role="alert">
          <p>
            <strong>{t('catalogue.refusedFile', { file: outcome.file })}</strong>
          </p>
          <p>{pickText(outcome.reason, language)}</p>
          <p>{t('catalogue.unchanged')}</p>
        </div>
      )}
      {outcome?.kind === 'read' && <ReadOutcome outcome={outcome} />}
    </div>
  );
}

/** The catalogue kept in this browser, where it came from, its resources, and a way to remove it. */
export function KeptCatalogueSection({ kept, onRemove }: { kept: ResourceCatalogue | null; onRemove: () => void }) {
  const { language, t } = useCatalogueTranslation();
  const [confirmRemove, setConfirmRemove] = useState(false);
  return (
    <>
      <section className="panel" aria-labelledby="catalogue-kept">
        <h2 id="catalogue-kept">{t('catalogue.kept')}</h2>
        {kept ? (
          <>
            <p>
              {t('catalogue.count', { count: kept.resources.length })} ·{' '}
              {t('catalogue.keptFrom', { file: kept.fileName, date: formatLongDate(localCalendarDateOf(kept.loadedAt), language) })}
              {kept.agency && ` · ${t('catalogue.agency', { agency: kept.agency })}`}
              {kept.issuedOn && ` · ${t('catalogue.issuedOn', { date: formatLongDate(kept.issuedOn, language) })}`}
            </p>
            <CatalogueTable resources={kept.resources} />
            <p>
              <button type="button" className="button button--secondary" onClick={() => setConfirmRemove(true)}>
                {t('catalogue.remove')}
              </button>
            </p>
          </>
        ) : (
          <p>{t('catalogue.none')}</p>
        )}
      </section>
      <ConfirmDialog
        open={confirmRemove}
        title={t('catalogue.removeTitle')}
        body={t('catalogue.removeBody')}
        confirmLabel={t('catalogue.remove')}
        cancelLabel={t('catalogue.cancel')}
        onConfirm={() => {
          setConfirmRemove(false);
          onRemove();
        }}
        onCancel={() => setConfirmRemove(false)}
      />
    </>
  );
}

/** What a file gave: how many resources were taken (or none), and each refused row with its reasons. */
function ReadOutcome({ outcome }: { outcome: Extract<Outcome, { kind: 'read' }> }) {
  const { language, t } = useCatalogueTranslation();
  return (
    <div className={outcome.taken > 0 ? 'notice' : 'data-problems'} role={outcome.taken > 0 ? 'status' : 'alert'}>
      <p>
        {outcome.taken > 0 ? (
          <>
            <Icon name="check" /> {t('catalogue.taken', { file: outcome.file, count: outcome.taken })}
          </>
        ) : (
          <strong>{t('catalogue.noneTaken', { file: outcome.file })}</strong>
        )}
      </p>
      {outcome.taken > 0 && !outcome.kept && (
        <p>
          <Icon name="alert" /> {t('catalogue.notKept')}
        </p>
      )}
      {outcome.ignoredColumns.length > 0 && <p>{t('catalogue.ignoredColumns', { columns: outcome.ignoredColumns.join(', ') })}</p>}
      {outcome.refused.length > 0 && (
        <>
          <h2 className="catalogue__refused-title">{t('catalogue.refusedRows', { count: outcome.refused.length })}</h2>
          <ul className="catalogue__refused">
            {outcome.refused.map((row) => (
              <li key={pickText(row.place, 'en')}>
                <strong>
                  {pickText(row.place, language)}
                  {row.id ? ` (${row.id})` : ''}
                </strong>
                : {row.reasons.map((reason) => pickText(reason, language)).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

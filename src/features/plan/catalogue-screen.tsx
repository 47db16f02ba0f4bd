import './catalogue.css';
import { useMemo, useRef, useState } from 'react';
import { everyProfileItems } from '../../domain/assessment-items';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar-date';
import { itemDirectory } from '../../domain/item-directory';
import { pickText, type LocalizedText } from '../../domain/localized-text';
import type { RefusedRow } from '../../domain/resource-catalogue-read';
import { resourceCatalogueFormat, resourceCatalogueSchemaVersion } from '../../domain/resource-catalogue';
import { wordsOfProblem } from '../../i18n/problem-words';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { keepCatalogue, removeCatalogue, useKeptCatalogue } from '../../lib/resource-catalogue-storage';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStoreApi, useClock } from '../../store/app-store-context';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileField } from '../../ui/file-field';
import { Icon } from '../../ui/icon';
import { CatalogueTable } from './catalogue-table';
import { readCatalogueFile } from './read-catalogue-file';
import { useCatalogueTranslation } from './use-catalogue-translation';

type Outcome =
  | { kind: 'reading' }
  | { kind: 'refused'; file: string; reason: LocalizedText }
  | { kind: 'read'; file: string; taken: number; kept: boolean; refused: RefusedRow[]; ignoredColumns: string[] }
  | { kind: 'removed' }
  | null;

/** The agency's catalogue of development resources: choose its file, see what was refused and why, see what is kept. */
export function CatalogueScreen() {
  const { language, t } = useCatalogueTranslation();
  const { catalogue: skills, profiles } = useProfileLibrary();
  const { storage } = useAppStoreApi();
  const clock = useClock();
  const kept = useKeptCatalogue(storage);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('catalogue.title'), t('app.name'));
  useScreenArrival('catalogue');
  const items = useMemo(() => everyProfileItems({ profiles, catalogue: skills }).map(({ profile, items: listed }) => ({ id: profile.id, abbreviation: profile.abbreviation, items: listed })), [profiles, skills]);

  async function choose(file: File) {
    setOutcome({ kind: 'reading' });
    const reading = await readCatalogueFile(file, itemDirectory(items));
    if (!reading.ok) {
      setOutcome({ kind: 'refused', file: file.name, reason: await wordsOfProblem(reading.reason) });
    } else {
      const { resources, refused, ignoredColumns, agency, issuedOn } = reading;
      const keptNow =
        resources.length > 0 &&
        keepCatalogue(storage, {
          format: resourceCatalogueFormat,
          schemaVersion: resourceCatalogueSchemaVersion,
          ...(agency ? { agency } : {}),
          ...(issuedOn ? { issuedOn } : {}),
          fileName: file.name.slice(0, 300),
          loadedAt: clock.now().toISOString(),
          resources,
        });
      setOutcome({ kind: 'read', file: file.name, taken: resources.length, kept: keptNow, refused, ignoredColumns });
    }
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  return (
    <div className="catalogue">
      <header className="panel">
        <h1>{t('catalogue.title')}</h1>
        <p>{t('catalogue.intro')}</p>
        <p className="form__actions">
          <FileField label={t('catalogue.choose')} accept=".json,.csv,application/json,text/csv" secondary={false} aria-describedby="catalogue-hint" onFiles={([file]) => file && void choose(file)} />
        </p>
        <p id="catalogue-hint" className="field__hint">
          {t('catalogue.chooseHint')}
        </p>
        <details className="catalogue__help">
          <summary>{t('catalogue.formatTitle')}</summary>
          <p>{t('catalogue.formatHelp')}</p>
        </details>
      </header>

      <div ref={outcomeRef} tabIndex={-1} className="catalogue__outcome">
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

      <section className="panel" aria-labelledby="catalogue-kept">
        <h2 id="catalogue-kept">{t('catalogue.kept')}</h2>
        {kept ? (
          <>
            <p>
              {t('catalogue.count', { count: kept.resources.length })} · {t('catalogue.keptFrom', { file: kept.fileName, date: formatLongDate(localCalendarDateOf(kept.loadedAt), language) })}
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
          removeCatalogue(storage);
          setConfirmRemove(false);
          setOutcome({ kind: 'removed' });
        }}
        onCancel={() => setConfirmRemove(false)}
      />
    </div>
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

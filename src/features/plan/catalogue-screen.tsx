import './catalogue.css';
import { useMemo, useRef, useState } from 'react';
import { everyProfileItems } from '../../domain/assessment/assessment-items';
import { itemDirectory } from '../../domain/assessment/item-directory';
import { resourceCatalogueFormat, resourceCatalogueSchemaVersion } from '../../domain/scoring/resource-catalogue';
import { wordsOfProblem } from '../../i18n/problem-words';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { keepCatalogue, removeCatalogue, useKeptCatalogue } from '../../lib/resource-catalogue-storage';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStoreApi, useClock } from '../../store/app-store-context';
import { CatalogueIntro, CatalogueOutcome, KeptCatalogueSection, type Outcome } from './catalogue-parts';
import { readCatalogueFile } from './read-catalogue-file';
import { useCatalogueTranslation } from './use-catalogue-translation';

/** The agency's catalogue of development resources: choose its file, see what was refused and why, see what is kept. */
export function CatalogueScreen() {
  const { t } = useCatalogueTranslation();
  const { storage } = useAppStoreApi();
  const kept = useKeptCatalogue(storage);
  const { outcome, outcomeRef, choose, setOutcome } = useCatalogueChoice();
  useDocumentTitle(t('catalogue.title'), t('app.name'));
  useScreenArrival('catalogue');
  return (
    <div className="catalogue">
      <CatalogueIntro onChoose={(file) => void choose(file)} />
      <CatalogueOutcome ref={outcomeRef} outcome={outcome} />
      <KeptCatalogueSection
        kept={kept}
        onRemove={() => {
          removeCatalogue(storage);
          setOutcome({ kind: 'removed' });
        }}
      />
    </div>
  );
}

/** Reads a chosen file against the profiles' items, keeps what it gave, and focuses the outcome once it is known. */
function useCatalogueChoice() {
  const { catalogue: skills, profiles } = useProfileLibrary();
  const { storage } = useAppStoreApi();
  const clock = useClock();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const items = useMemo(
    () =>
      everyProfileItems({ profiles, catalogue: skills }).map(({ profile, items: listed }) => ({
        id: profile.id,
        abbreviation: profile.abbreviation,
        items: listed,
      })),
    [profiles, skills],
  );

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
  return { outcome, outcomeRef, choose, setOutcome };
}

import './organisation.css';
import { lazy, startTransition, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { readinessGroups } from '../../domain/scoring/gaps';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { KeepRollup, type KeepNotice } from './keep-rollup';
import { clearKeptRollup, keepRollup, readKeptRollup } from './kept-rollup';
import type { Language } from '../../domain/shared/localized-text';
import { useDocumentTitle } from '../../lib/document-title';
import { safeFileName } from '../../lib/file-name';
import { useScreenArrival } from '../../lib/screen-arrival';
import { DeadlineBuckets } from './deadline-buckets';
import { FileReport } from './file-report';
import { HeadCounts } from './head-counts';
import { OrganisationExports } from './organisation-exports';
import { OrganisationFigures } from './organisation-figures';
import { OpenFiles, OrganisationIntro } from './organisation-open';
import { OrganisationHeatmap } from './organisation-heatmap';
import { OrganisationPrint } from './organisation-print';
import { PrintOptionsFields, usePrintOptions } from './print-options';
import { isNoFilter, noPeopleFilter, type PeopleFilter } from '../../domain/organisation/organisation-people-view';
import { filterWords, PeopleFilterBar } from './people-filter';
import { PeopleMatching } from './people-matching';
import { PeopleSection, usePeopleView } from './people-section';
import { personStatusName, roleLabel } from './organisation-labels';
import { useRollupSelection } from './rollup-selection';
import type { RollupChange, RollupView } from './rollup-protocol';
import { RollupRemoval } from './rollup-removal';
import { ShortfallRanking } from './shortfall-ranking';
import { AgencySummary } from './agency-summary';
import { useStaffList } from './staff-list-state';
import { WhoIsShort, useGapOf } from './who-is-short';
import { everyShortfall } from '../../domain/organisation/organisation-shortfalls';
import { useOrganisationTranslation } from './use-organisation-translation';
import { useRollup } from './use-rollup';
import { usePageClass } from '../../lib/page-class';
import { useKeptCatalogue } from '../../lib/resource-catalogue-storage';
import { useAppStoreApi, useToday } from '../../store/app-store-context';

// The training needs (and their words) load only once the roll-up's later parts are shown.
const TrainingNeedsSection = lazy(() => import('./training-needs-section'));
// The staff list's section and words load once the roll-up's later parts are shown.
const StaffListSection = lazy(() => import('./staff-list-section'));

/** HR's and the CIO office's view of many people's backups, combined in the browser and sent nowhere. */
export function OrganisationScreen() {
  const { language, t } = useOrganisationTranslation();
  const { clock, storage } = useAppStoreApi();
  usePageClass('organisation');
  // A roll-up the user chose to keep is opened again; nothing else is ever read from storage here.
  const [kept, setKept] = useState(() => readKeptRollup(storage));
  const [keepNotice, setKeepNotice] = useState<KeepNotice>(null);
  const { state, load, change, cancel, clear, heldText } = useRollup(kept?.text ?? null);
  useDocumentTitle(t('org.title'), t('app.name'));
  useScreenArrival('organisation');
  const progress = useRef<HTMLDivElement>(null);
  const { view, loading, notice } = state;
  const reading = loading !== null;
  // The figures are worked out for the store's today: a new day (a tab left open overnight) works them out again.
  // The people come sorted in the screen's language: another language asks for them again, ranked in it.
  const today = useToday();
  const stale = view !== null && !reading && (view.today !== today || view.sortedIn !== language);
  useEffect(() => {
    if (stale) change({ type: 'day' });
    // `change` is a new function each render; the day and the language are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stale, today, language]);
  useEffect(() => {
    if (reading) progress.current?.focus();
  }, [reading]);
  // Leaving while files are read would drop the work: the browser asks first.
  const readingFiles = loading?.kind === 'files';
  useEffect(() => {
    if (!readingFiles) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [readingFiles]);

  return (
    <div className="organisation">
      <OrganisationIntro />
      <OpenFiles
        view={view}
        loading={loading}
        notice={notice}
        progress={progress}
        onFiles={(files) => {
          setKeepNotice(null);
          load(files, { replace: view === null });
        }}
        onStartOver={() => {
          setKeepNotice(null);
          clear(null);
        }}
        onCancel={cancel}
      />
      {view && <RollupResults rollup={view} busy={reading} onChange={change} />}
      {(view || kept) && (
        <KeepRollup
          kept={kept}
          notice={keepNotice}
          canKeep={view !== null && !reading}
          onKeep={() => {
            const keptAt = clock.now().toISOString();
            const text = heldText();
            const ok = text !== null && keepRollup(storage, text, keptAt);
            setKeepNotice(ok ? 'kept' : 'keepFailed');
            if (ok) setKept({ text: '', keptAt });
          }}
          onClear={() => {
            clearKeptRollup(storage);
            setKept(null);
            setKeepNotice(null);
            clear('cleared');
          }}
        />
      )}
    </div>
  );
}

function RollupResults({ rollup, busy, onChange }: { rollup: RollupView; busy: boolean; onChange: (change: RollupChange) => void }) {
  const { language: screenLanguage, t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const [organisation, setOrganisation] = useState('');
  const [printLanguage, setPrintLanguage] = useState<Language>(screenLanguage);
  const [filter, setFilter] = useState<PeopleFilter>(noPeopleFilter);
  // Typing in the search stays immediate; the views follow as soon as the browser has time.
  const deferredFilter = useDeferredValue(filter);
  const selection = useRollupSelection(rollup, deferredFilter);
  const view = usePeopleView(selection.people, screenLanguage, rollup.sortedIn);
  const groups = useMemo(() => readinessGroups.filter((group) => rollup.people.some((person) => group in person.groups)), [rollup]);
  const { today } = rollup;
  const catalogue = useKeptCatalogue(useAppStoreApi().storage);
  const filterText = filterWords(
    deferredFilter,
    (id) => roleLabel(id, profiles),
    (status) => personStatusName(status, t),
  );
  const fileStem = safeFileName(organisation || 'organisation', filterText, today);
  // The people table first; the charts, lists and the printed summary follow in a transition, which React builds
  // in slices between frames, so that thousands of people never block the page.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    // What the scale benchmark measures: from the files chosen to the people table on screen.
    requestAnimationFrame(() => setTimeout(() => performance.mark('organisation:table-shown')));
    startTransition(() => setComplete(true));
  }, [rollup]);
  const [printOptions, setPrintOptions] = usePrintOptions();
  const staff = useStaffList(rollup.people, view.shown, !isNoFilter(deferredFilter));
  const shown = {
    people: view.shown,
    ranking: selection.ranking,
    files: rollup.files,
    filter: deferredFilter,
    total: rollup.people.length,
    dataAsOf: rollup.dataAsOf,
    today,
  };
  // Who is short of what: the item chosen in the ranking (null: the first item people are short on).
  const [shortItem, setShortItem] = useState<string | null>(null);
  const gapOf = useGapOf(rollup, selection.rowOf);
  const allShortfalls = () =>
    everyShortfall(
      view.shown,
      selection.ranking.map((entry) => entry.item),
      (person, item) => gapOf(person, item.key),
    );
  const showShort = (key: string) => {
    setShortItem(key);
    requestAnimationFrame(() => document.getElementById('org-short')?.focus());
  };

  return (
    <>
      <FileReport rollup={rollup} />
      <PeopleMatching rollup={rollup} busy={busy} onOverrides={(overrides) => onChange({ type: 'overrides', overrides })} />
      <RollupRemoval
        rollup={rollup}
        busy={busy}
        onRemoveFiles={(files) => onChange({ type: 'remove-files', files })}
        onRemoveAssessments={(ids) => onChange({ type: 'remove-assessments', ids })}
      />
      <PeopleFilterBar people={rollup.people} shown={selection.people.length} filter={filter} onFilter={setFilter} />
      <OrganisationFigures people={selection.people} />
      <PeopleSection groups={groups} view={view} />
      {complete && (
        <>
          <OrganisationHeatmap
            rollup={rollup}
            people={view.slice}
            groups={groups}
            rowOf={selection.rowOf}
            fileStem={fileStem}
            sort={view.sort}
            onSort={view.setSort}
          />
          <Suspense fallback={null}>
            <StaffListSection
              list={staff.list}
              comparison={staff.comparison}
              onList={staff.setList}
              roleOf={(id) => roleLabel(id, profiles)}
              fileStem={fileStem}
              when={shown}
            />
          </Suspense>
          <AgencySummary people={view.shown} notSent={staff.notSent} fileStem={fileStem} when={shown} />
          <ShortfallRanking ranking={selection.ranking} fileStem={fileStem} onWho={showShort} />
          <WhoIsShort
            rollup={rollup}
            people={view.shown}
            ranking={selection.ranking}
            rowOf={selection.rowOf}
            itemKey={shortItem}
            onItem={setShortItem}
            fileStem={fileStem}
            when={shown}
          />
          <DeadlineBuckets people={selection.people} />
          <HeadCounts people={selection.people} fileStem={fileStem} />
          <Suspense fallback={null}>
            <TrainingNeedsSection
              rollup={rollup}
              people={selection.people}
              rowOf={selection.rowOf}
              catalogue={catalogue}
              today={today}
              fileStem={fileStem}
              organisation={organisation}
            />
          </Suspense>
          <OrganisationExports
            rollup={shown}
            allShortfalls={allShortfalls}
            groups={groups}
            fileStem={fileStem}
            organisation={organisation}
            onOrganisation={setOrganisation}
            language={printLanguage}
            onLanguage={setPrintLanguage}
          >
            <PrintOptionsFields options={printOptions} onChange={setPrintOptions} />
          </OrganisationExports>
          <OrganisationPrint rollup={shown} notSent={staff.notSent} organisation={organisation} language={printLanguage} options={printOptions} />
        </>
      )}
    </>
  );
}

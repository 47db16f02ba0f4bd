import './organisation.css';
import { lazy, memo, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { afterNextPaint } from '../../lib/after-next-paint';
import { useAfterNextPaint } from '../../lib/use-after-next-paint';
import { valueStore } from './value-store';
import { readinessGroups } from '../../domain/scoring/gaps';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { KeepRollup } from './keep-rollup';
import { useKeep } from './use-keep';
import { useDocumentTitle } from '../../lib/document-title';
import { safeFileName } from '../../lib/file-name';
import { useScreenArrival } from '../../lib/screen-arrival';
import { DeadlineBuckets } from './deadline-buckets';
import { FileReport } from './file-report';
import { HeadCounts } from './head-counts';
import { OrganisationFigures } from './organisation-figures';
import { OpenFiles, OrganisationIntro } from './organisation-open';
import { isNoFilter, noPeopleFilter, type PeopleFilter } from '../../domain/organisation/organisation-people-view';
import { filterWords, PeopleFilterBar } from './people-filter';
import { PeopleMatching } from './people-matching';
import { PeopleSection, usePeopleView, type PeopleView } from './people-section';
import { personStatusName, roleLabel } from './organisation-labels';
import { useRollupSelection, type RollupSelection } from './rollup-selection';
import type { RollupChange, RollupView } from './rollup-protocol';
import { RollupRemoval } from './rollup-removal';
import { ShortfallRanking } from './shortfall-ranking';
import { AgencySummary } from './agency-summary';
import { WhoIsShort, useWhoIsShort } from './who-is-short';
import { useOrganisationTranslation } from './use-organisation-translation';
import { useRollup } from './use-rollup';
import { useStaffList } from './staff-list-state';
import { usePageClass } from '../../lib/page-class';
import { useKeptCatalogue } from '../../lib/resource-catalogue-storage';
import { useAppStoreApi, useToday } from '../../store/app-store-context';

// The training needs (and their words) load with the roll-up's table, and show with its later parts; the heatmap loads
// with those.
const TrainingNeedsSection = lazy(() => import('./training-needs-section'));
const OrganisationHeatmap = lazy(() => import('./organisation-heatmap').then((module) => ({ default: module.OrganisationHeatmap })));
// The staff list's section and words load once the roll-up's later parts are shown.
const StaffListSection = lazy(() => import('./staff-list-section'));
// The CSVs' buttons and the printed summary with its memo options: a first look at the figures needs neither.
const ExportsAndPrint = lazy(() => import('./exports-and-print'));

/** HR's and the CIO office's view of many people's backups, combined in the browser and sent nowhere. */
export function OrganisationScreen() {
  const { language, t } = useOrganisationTranslation();
  const { clock, storage } = useAppStoreApi();
  usePageClass('organisation');
  // A roll-up the user chose to keep is opened again; nothing else is ever read from storage here.
  const keeping = useKeep(storage, clock);
  const { state, load, change, cancel, clear, reopen, heldText, held } = useRollup(keeping.kept?.text ?? null);
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
          keeping.forgetNotice();
          load(files, { replace: view === null });
        }}
        onStartOver={() => {
          keeping.forgetNotice();
          clear(null);
        }}
        onCancel={cancel}
      />
      {/* The files and matching follow the load; the results only a new roll-up (not the load's progress). */}
      {view && <RollupFiles rollup={view} busy={reading} onChange={change} />}
      {view && <RollupResults rollup={view} />}
      {(view || keeping.kept || keeping.cleared) && (
        <KeepRollup
          kept={keeping.kept}
          toKeep={view !== null && !reading ? { people: view.people.length, assessments: view.assessments } : null}
          held={held}
          notice={keeping.notice}
          cleared={keeping.cleared}
          onKeep={() => keeping.keep(heldText())}
          onClear={() => {
            keeping.clear();
            clear(null);
          }}
          onUndo={() => {
            const text = keeping.undo();
            if (text !== null) reopen(text);
          }}
        />
      )}
    </div>
  );
}

/** The start of every file name the view saves: the organisation's name, the filter in words, the day. */
function useFileStem(organisation: string, filter: PeopleFilter, today: string): string {
  const { t } = useOrganisationTranslation();
  const { profiles } = useProfileLibrary();
  const filterText = filterWords(
    filter,
    (id) => roleLabel(id, profiles),
    (status) => personStatusName(status, t),
  );
  return safeFileName(organisation || 'organisation', filterText, today);
}

/**
 * The people table first; the charts, lists and the printed summary follow in a transition, which React builds in
 * slices between frames, so that thousands of people never block the page. True once the rest may be shown.
 */
function useTableFirst(rollup: RollupView): boolean {
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    // What the scale benchmark measures: from the files chosen to the people table on screen.
    requestAnimationFrame(() => setTimeout(() => performance.mark('organisation:table-shown')));
    startTransition(() => setComplete(true));
  }, [rollup]);
  return complete;
}

/** What was read: the files, the people matched from them, and removing a file or a person. */
function RollupFiles({ rollup, busy, onChange }: { rollup: RollupView; busy: boolean; onChange: (change: RollupChange) => void }) {
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
    </>
  );
}

/**
 * The filter as chosen or typed, painted at once (only the filter bar follows it), and as the views take it: after
 * that frame, in a transition that React builds in slices, so that no key or click waits for 10,000 people to be counted.
 */
function usePeopleFilterState() {
  const [typed] = useState(() => valueStore<PeopleFilter>(noPeopleFilter));
  const [applied, setApplied] = useState<PeopleFilter>(noPeopleFilter);
  const onFilter = (next: PeopleFilter) => {
    typed.set(next);
    afterNextPaint(() => startTransition(() => setApplied(next)));
  };
  return { typed, applied, onFilter };
}

/** What the exports and the printed summary show (one object while none of it changes). */
function useShownSelection(rollup: RollupView, people: RollupSelection['people'], ranking: RollupSelection['ranking'], filter: PeopleFilter): RollupSelection {
  return useMemo(
    () => ({ people, ranking, files: rollup.files, filter, total: rollup.people.length, dataAsOf: rollup.dataAsOf, today: rollup.today }),
    [people, ranking, rollup, filter],
  );
}

/** The roll-up's data as a view shows it: the roll-up, the people the filter and sort let through, and the filter. */
interface ResultsData {
  rollup: RollupView;
  selection: ReturnType<typeof useRollupSelection>;
  view: PeopleView;
  filter: PeopleFilter;
}

/**
 * What the roll-up shows: the people table first, the later parts once it is on screen (`useTableFirst`), and after
 * every change, a frame after the table (`useAfterNextPaint`). Made again only for another roll-up: a load's start and
 * its progress change none of it.
 */
const RollupResults = memo(function RollupResults({ rollup }: { rollup: RollupView }) {
  const { language: screenLanguage } = useOrganisationTranslation();
  const { typed, applied: filter, onFilter } = usePeopleFilterState();
  const selection = useRollupSelection(rollup, filter);
  const view = usePeopleView(selection.people, screenLanguage, rollup.sortedIn);
  const groups = useReadinessGroups(rollup);
  const complete = useTableFirst(rollup);
  const { people, ranking, rowOf } = selection;
  const { shown, sort, page } = view;
  // One object while none of what the later parts show changes (the view's functions go with its people).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => ({ rollup, selection, view, filter }), [rollup, people, ranking, rowOf, shown, sort, page, filter]);
  // The parts below the table follow it a painted frame later (traced: on a roll-up of 10,000 people, the table waited
  // on about 150 ms of their charts, lists and counts after 100 files were added).
  const later = useAfterNextPaint<ResultsData>(now);
  return (
    <>
      <PeopleFilterBar people={rollup.people} shown={people.length} typed={typed} applied={filter} onFilter={onFilter} />
      <OrganisationFigures people={people} />
      <PeopleSection groups={groups} view={view} />
      <LaterParts data={later} complete={complete} />
    </>
  );
});

/** The readiness groups any of the roll-up's people are in. */
function useReadinessGroups(rollup: RollupView) {
  return useMemo(() => readinessGroups.filter((group) => rollup.people.some((person) => group in person.groups)), [rollup]);
}

/**
 * The parts below the people table, from `data` as the table showed it a frame before. The training needs mount with
 * the table, so that their worker works the needs out while the parts above are built, and show after them.
 */
const LaterParts = memo(function LaterParts({ data, complete }: { data: ResultsData; complete: boolean }) {
  const { rollup, selection, view, filter } = data;
  const [organisation, setOrganisation] = useState('');
  const groups = useReadinessGroups(rollup);
  const { today } = rollup;
  const catalogue = useKeptCatalogue(useAppStoreApi().storage);
  const fileStem = useFileStem(organisation, filter, today);
  const shown = useShownSelection(rollup, view.shown, selection.ranking, filter);
  const short = useWhoIsShort(rollup, view.shown, selection);
  const staff = useStaffList(rollup.people, view.shown, !isNoFilter(filter));
  const { profiles } = useProfileLibrary();
  useEffect(() => {
    // What the scale benchmark measures too: every part shown for this roll-up.
    if (complete) requestAnimationFrame(() => setTimeout(() => performance.mark('organisation:parts-shown')));
  }, [rollup, complete]);

  return (
    <>
      {complete && (
        <>
          <Suspense fallback={null}>
            <OrganisationHeatmap rollup={rollup} groups={groups} rowOf={selection.rowOf} fileStem={fileStem} view={view} />
          </Suspense>
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
          <ShortfallRanking ranking={selection.ranking} fileStem={fileStem} onWho={short.show} />
          <WhoIsShort
            rollup={rollup}
            people={selection.people}
            ranking={selection.ranking}
            rowOf={selection.rowOf}
            itemKey={short.item}
            onItem={short.setItem}
            fileStem={fileStem}
            when={shown}
          />
          <DeadlineBuckets people={selection.people} />
          <HeadCounts people={selection.people} fileStem={fileStem} />
        </>
      )}
      <Suspense fallback={null}>
        <TrainingNeedsSection
          shown={complete}
          rollup={rollup}
          people={selection.people}
          rowOf={selection.rowOf}
          catalogue={catalogue}
          today={today}
          fileStem={fileStem}
          organisation={organisation}
        />
      </Suspense>
      {complete && (
        <Suspense fallback={null}>
          <ExportsAndPrint
            shown={shown}
            allShortfalls={short.all}
            groups={groups}
            fileStem={fileStem}
            organisation={organisation}
            onOrganisation={setOrganisation}
            notSent={staff.notSent}
          />
        </Suspense>
      )}
    </>
  );
});

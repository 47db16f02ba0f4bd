import { useEffect, useRef, useState, type ReactNode } from 'react';
import { pickText } from '../../domain/shared/localized-text';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** Lists shown this far until asked for the rest: 10,000 files may hold thousands migrated, which no one reads one by one. */
const firstShown = 20;

/** A list of the first 20 entries and a button for the rest. */
export function CappedList<Entry>({
  entries,
  render,
  label,
}: {
  entries: readonly Entry[];
  render: (entry: Entry, index: number) => ReactNode;
  label: string;
}) {
  const { t } = useOrganisationTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, firstShown);
  return (
    <>
      {/* A list that scrolls is reached and scrolled by keyboard too (WCAG 2.1.1; axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take the focus to be scrolled by keyboard */}
      <div className="org-files__list" role="region" aria-label={label} tabIndex={0}>
        <ul>{shown.map(render)}</ul>
      </div>
      {shown.length < entries.length && (
        <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
          {t('org.showAll', { count: entries.length })}
        </button>
      )}
    </>
  );
}

/** One list of the file report: its title with the count, open or folded. */
function ReportList<Entry>(props: { title: string; entries: readonly Entry[]; open?: boolean; render: (entry: Entry, index: number) => ReactNode }) {
  const { title, entries, open = false, render } = props;
  if (entries.length === 0) return null;
  return (
    <details className="org-files" open={open}>
      <summary>{title}</summary>
      <CappedList label={title} entries={entries} render={render} />
    </details>
  );
}

/**
 * What happened to the files (`takesFocus`: its heading takes the focus when a roll-up arrives): how many were read, which were refused and why, duplicates, files chosen again,
 * skipped and migrated files.
 */
export function FileReport({ rollup, takesFocus }: { rollup: RollupView; takesFocus: boolean }) {
  const { language, t } = useOrganisationTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The progress bar that had the focus is gone: the focus moves to what was read, unless files were added without a
  // problem (the user's place is kept then, keep-place.ts). A correction or a removal keeps the focus where it was,
  // unless the control that had it is gone with the change.
  useEffect(() => {
    const focused = document.activeElement;
    if (takesFocus && (!focused || focused === document.body || focused.closest('.org-progress'))) heading.current?.focus();
    // Only a new roll-up moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rollup]);
  const when = (iso: string) => formatLongDate(iso.slice(0, 10), language);
  return (
    <section className="panel" aria-labelledby="org-files-title">
      <h2 id="org-files-title" className="org-summary-line" tabIndex={-1} ref={heading}>
        {t('org.summary', { files: rollup.files, people: rollup.people.length, assessments: rollup.assessments, refused: rollup.refused.length })}
      </h2>
      <p className="org-as-of">
        {rollup.dataAsOf
          ? t('org.asOf', { dataAsOf: formatLongDate(rollup.dataAsOf, language), today: formatLongDate(rollup.today, language) })
          : t('org.computedOn', { today: formatLongDate(rollup.today, language) })}
      </p>
      <ReportList
        title={t('org.problemsTitle', { count: rollup.refused.length })}
        entries={rollup.refused}
        open
        render={(problem, index) => (
          <li key={`${problem.file}-${index}`}>
            <strong>{problem.file}</strong>: {pickText(problem.reason, language)}
            {problem.size === undefined ? '' : ` (${t('org.sizeBytes', { bytes: problem.size.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB') }).trim()})`}
          </li>
        )}
      />
      <ReportList
        title={t('org.repeatedTitle', { count: rollup.repeated.length })}
        entries={rollup.repeated}
        open
        render={(entry, index) => (
          <li key={`${entry.key}-${index}`}>
            {entry.file === entry.same ? t('org.repeated', { file: entry.file }) : t('org.repeatedOther', { file: entry.file, same: entry.same })}
          </li>
        )}
      />
      <ReportList
        title={t('org.duplicatesTitle', { count: rollup.duplicates.length })}
        entries={rollup.duplicates}
        open
        render={(duplicate, index) => (
          <li key={`${duplicate.id}-${index}`}>
            {t('org.duplicate', {
              name: duplicate.name || t('org.anonymous'),
              kept: duplicate.kept.file,
              keptAt: when(duplicate.kept.updatedAt),
              dropped: duplicate.dropped.file,
              droppedAt: when(duplicate.dropped.updatedAt),
            })}
          </li>
        )}
      />
      <ReportList title={t('org.skippedTitle', { count: rollup.skipped.length })} entries={rollup.skipped} render={(file) => <li key={file}>{file}</li>} />
      <ReportList
        title={t('org.migratedTitle', { count: rollup.migrated.length })}
        entries={rollup.migrated}
        render={(entry, index) => <li key={`${entry.file}-${index}`}>{t('org.migrated', { file: entry.file, version: entry.from })}</li>}
      />
    </section>
  );
}

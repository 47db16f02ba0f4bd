import { Fragment, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { assessmentSections, type AssessmentItem } from '../../domain/assessment-items';
import { matchesFilter, matchesQuery, type ItemFilter } from '../../domain/item-filter';
import { pickText } from '../../domain/localized-text';
import { nextUnratedItem } from '../../domain/progress';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { useAssessmentHeading, type AssessmentHeading } from '../../store/use-assessment-screen';
import { AssessmentHeader } from './assessment-header';
import { focusItem } from './focus-item';
import { NextSteps } from './next-steps';
import { ShortcutHelp } from './shortcut-help';
import { useRatingShortcuts } from './use-rating-shortcuts';
import { useKeepPlaceAcrossLanguage } from './use-keep-place';
import { ExperienceItemView } from './experience-item';
import { ProficiencyItemView } from './proficiency-item';
import { RatingToolbar } from './rating-toolbar';
import { ScaleGuide } from './scale-guide';
import { SectionNav, sectionTitleKeys } from './section-nav';
import { usePageClass } from '../../lib/page-class';
import { ownEntry } from '../../domain/own-entry';

/** Headings between items: a skill group when it changes, and SPM304 before its first criterion. */
function GroupHeading({ item, previous }: { item: AssessmentItem; previous: AssessmentItem | undefined }) {
  const { catalogue } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  if (item.kind !== 'unit' && item.kind !== 'criterion') return null;
  const previousGroup = previous && (previous.kind === 'unit' || previous.kind === 'criterion') ? previous.group : null;
  const group = catalogue.groups.find((candidate) => candidate.code === item.group);
  const startsSubUnit = item.kind === 'criterion' && previous?.kind !== 'criterion';
  return (
    <>
      {item.group !== previousGroup && group && (
        <h3 className="rating-group">
          <span className="code code--group">{group.code}</span> {pickText(group.title, language)}
        </h3>
      )}
      {startsSubUnit && (
        <p className="rating-subunit">
          {t('profile.subUnit')} <span className="code">{item.subUnitCode}</span> {pickText(item.subUnitTitle, language)} ({t('assessment.under', { code: item.parentCode })})
        </p>
      )}
    </>
  );
}

/** Rate every item a profile requires; every change is saved at once. */
export function AssessmentScreen({ assessmentId }: { assessmentId: string }) {
  // Its profile, items and name: never the whole assessment, which changes on every rating (decision 015).
  const heading = useAssessmentHeading(assessmentId);
  return heading && <RatingScreen assessmentId={assessmentId} heading={heading} />;
}

function RatingScreen({ assessmentId, heading }: { assessmentId: string; heading: AssessmentHeading }) {
  const { ratingScale } = useProfileLibrary();
  const { profile, items, title } = heading;
  const { language, t } = useAssessmentTranslation();
  useKeepPlaceAcrossLanguage(language);
  usePageClass('assessment');
  const [announcement, setAnnouncement] = useState('');
  const help = useRef<HTMLDetailsElement>(null);
  const store = useAppStoreApi();
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [query, setQuery] = useState('');
  const appointedOn = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.appointee.appointedOn ?? '');
  const allRated = useAppStore((state) => {
    const current = ownEntry(state.assessments, assessmentId);
    return current ? nextUnratedItem(items, current) === undefined : false;
  });

  // The list is filtered when the filter or search changes, not on every rating, so an item never vanishes
  // from under the keyboard while it is being rated.
  const [visibleKeys, setVisibleKeys] = useState<Set<string>>(() => new Set(items.map((item) => item.key)));
  function applyFilter(nextFilter: ItemFilter, nextQuery: string) {
    const current = ownEntry(store.getState().assessments, assessmentId);
    if (!current) return;
    setFilter(nextFilter);
    setQuery(nextQuery);
    setVisibleKeys(new Set(items.filter((item) => matchesFilter(item, nextFilter, current, ratingScale.defaultTarget) && matchesQuery(item, nextQuery)).map((item) => item.key)));
  }

  // Where the user is: the item with the focus, else the one "next unrated" last took them to.
  const lastJumpedTo = useRef<string | undefined>(undefined);
  function goToNextUnrated() {
    const current = ownEntry(store.getState().assessments, assessmentId);
    if (!current) return;
    const focusedKey = document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key ?? lastJumpedTo.current;
    const next = nextUnratedItem(items, current, focusedKey);
    if (!next) {
      setAnnouncement(t('assessment.allRated'));
      document.getElementById('next-steps')?.focus();
      return;
    }
    lastJumpedTo.current = next.key;
    // Show everything first if the filter hides it, so there is something to move the focus to.
    if (!visibleKeys.has(next.key)) flushSync(() => applyFilter('all', ''));
    focusItem(next.key);
  }

  useRatingShortcuts({
    onRated(code, choice, next) {
      const rated = t('shortcuts.rated', { code, choice });
      // Read the store after the click: the rating just made counts.
      const current = ownEntry(store.getState().assessments, assessmentId);
      const done = current !== undefined && nextUnratedItem(items, current) === undefined;
      setAnnouncement([rated, done ? t('assessment.allRated') : next ? t('shortcuts.next', { code: next }) : ''].filter(Boolean).join(' · '));
      if (done && !next) requestAnimationFrame(() => document.getElementById('next-steps')?.focus());
    },
    onNextUnrated: goToNextUnrated,
    onHelp() {
      const details = help.current;
      if (!details) return;
      details.open = !details.open;
      details.querySelector('summary')?.focus();
    },
  });

  const visibleItems = items.filter((item) => visibleKeys.has(item.key));
  const filtering = filter !== 'all' || query.trim() !== '';
  return (
    <div className="assessment">
      <AssessmentHeader assessmentId={assessmentId} profile={profile} title={title} />
      <ScaleGuide scale={ratingScale} />
      <ShortcutHelp ref={help} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="assessment__layout">
        <SectionNav assessmentId={assessmentId} items={items} onNextUnrated={goToNextUnrated} allRated={allRated} />
        <div className="assessment__main">
          <RatingToolbar
            filter={filter}
            query={query}
            shown={visibleItems.length}
            total={items.length}
            onFilter={(next) => applyFilter(next, query)}
            onQuery={(next) => applyFilter(filter, next)}
            onNextUnrated={goToNextUnrated}
            allRated={allRated}
          />
          {visibleItems.length === 0 && (
            <p className="rating-section__empty" role="status">
              {t('filter.noneAtAll')}{' '}
              <button type="button" className="button button--link" onClick={() => applyFilter('all', '')}>
                {t('filter.showAll')}
              </button>
            </p>
          )}
          {assessmentSections.map((section) => {
            const sectionItems = visibleItems.filter((item) => item.section === section);
            if (filtering && sectionItems.length === 0) return null;
            return (
              <section key={section} id={`section-${section}`} className="rating-section" aria-labelledby={`section-${section}-title`}>
                <h2 id={`section-${section}-title`}>{t(sectionTitleKeys[section])}</h2>
                {sectionItems.map((item, index) => (
                  <Fragment key={item.key}>
                    <GroupHeading item={item} previous={sectionItems[index - 1]} />
                    {item.kind === 'experience' ? (
                      <ExperienceItemView assessmentId={assessmentId} item={item} scale={ratingScale.experience} appointedOn={appointedOn} />
                    ) : (
                      <ProficiencyItemView assessmentId={assessmentId} item={item} scale={item.scale === 'knowledge' ? ratingScale.knowledge : ratingScale.proficiency} defaultTarget={ratingScale.defaultTarget} />
                    )}
                  </Fragment>
                ))}
              </section>
            );
          })}
          {allRated && <NextSteps assessmentId={assessmentId} />}
        </div>
      </div>
    </div>
  );
}

// Part of `npm test` (after the browser tests' build): fails when the JavaScript the first screen loads, or the
// JavaScript any lazily loaded screen adds to it, grows past its budget. Sizes are gzip as a server sends them,
// read from the chunk graph Vite writes (dist/.vite/manifest.json), so no second build is needed.
// `npm run bench` shows the same first load as the browser counts it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip KB budgets: the first load's from issue 13; each screen's from its size on 28 Nov 2026 plus about 5 %
 * (assessment 26.8, gaps 130.9, backup 14.4, plan 21.7, report 110.3). A new screen gets `newScreen` until it
 * is given its own.
 */
export const budgets = {
  firstLoad: 100,
  newScreen: 30,
  screens: {
    // Since 28 Nov: + rating shortcuts and their help, names in titles (issue 12).
    // + 1.1 (wave 4): assessment-items, scoring and progress left the first load (99.2 -> 98.0 KB) with the
    // prefetch when the last item is rated (src/app/prefetch-when-complete.tsx): the same bytes, counted where used.
    // + 0.2 (wave 5): lib/page-class (a chunk shared with the report and organisation screens), which replaced the
    // html:has(.assessment) rules that every rating made the browser check again: 32.7 KB.
    // + 0.2 (wave 6): LevelChoices, the radio group the browser paints by itself before the store's listeners are
    // told (decision 015): 33.0 KB.
    // + 0.4 (wave 7, issue 23): an item changed in two tabs at once: the check for a live conflict on each item and
    // the lazy note (its own 2 KB load only when there is a conflict to show): 33.5 KB.
    // + 1.6 (wave 7): the shared English words (i18n/en.ts, 1.6 KB) left the first load (99.97 -> 99.0 KB) and load
    // with the first later screen, or at once when the user reads English: the same bytes, counted where used.
    // + 0.2 (wave 3, issue 28): forms say when they hold unsaved input (lib/unsaved-input, a 0.2-0.3 KB chunk with its imports shared by
    // every screen with a form), so that a new version never switches over it (decision 019).
    // + 0.8 (wave 3, issue 24): the screens of one assessment start from one loader (store/use-assessment-screen, a
    // 0.36 KB chunk shared by the five of them) and find a profile and its items in one place (profileItems), + 0.4;
    // main measured 35.96 KB before it (over its 35.6): 36.34 KB.
    // + 0.4 (wave 3, issue 24, words): a deadline's status and its days from the one shared set (i18n/deadline-messages,
    // a chunk shared with the gap, plan, report and organisation screens): 36.75 KB.
    // + 0.3 (wave 3, issue 24, components): the rating screen split into parts by what each shows (RatingScreen,
    // ProficiencyItemView, ExperienceItemView, none over about 80 lines); main 36.77 KB, split 37.10 KB.
    'src/features/assessment/assessment-routes.tsx': 37.2,
    // + 1.6 (wave 7): the shared English words (i18n/en.ts, 1.6 KB) left the first load (99.97 -> 99.0 KB) and load
    // with the first later screen, or at once when the user reads English: the same bytes, counted where used.
    // + 1.5 (wave 3, issue 26): which items changed since a review was requested, from and to (domain/review-changes,
    // ui/ratings-changed-note with its words in both languages, shared with the report and the review screens): 140.1 KB.
    // + 0.3 (wave 3, issue 26): each review named by its time and whether the self-ratings were seen (i18n/review-label): 140.4 KB.
    // + 0.4 (wave 3, issue 24): the screens of one assessment start from one loader (store/use-assessment-screen, a
    // 0.36 KB chunk shared by the five of them) and find a profile and its items in one place (profileItems): 140.67 KB.
    // + 0.2 (wave 3, issue 26): experience in words in the comparison with a review (differenceCells).
    // + 0.6 (wave 3, issue 26): one basis for the figures, kept with the assessment and said in words (i18n/basis-messages,
    // shared with the plan and the report): 141.9 KB.
    // + 0.1 (wave 3, issue 24, words): the deadlines' statuses and days from the one shared set: 142.10 KB.
    // + 0.3 (wave 3, issue 24, components): the gap screen and the deadline timeline split into parts by what each
    // shows; main 142.11 KB, split 142.41 KB.
    'src/features/gaps/gaps-screen.tsx': 142.5,
    // + zod's Thai and English error wording, moved here out of the first load, and the data-safety section.
    // + 0.5 (wave 4): the file field drawn as a button in the page's language (ui/file-field, a chunk shared with the
    // review and organisation screens) in place of the browser's "Choose File / No file chosen": 19.0 KB.
    // + 0.9 (wave 4): the same move out of the first load as the assessment screen's.
    // + 1.6 (wave 7): the shared English words (i18n/en.ts, 1.6 KB) left the first load (99.97 -> 99.0 KB) and load
    // with the first later screen, or at once when the user reads English: the same bytes, counted where used.
    // + 2.1 (wave 3, issue 23): every file checked against its role profile (profile keys, the profiles' items), its
    // size said in words, UTF-16 read, the import's progress; the reading and parsing itself runs in a worker of its
    // own (lib/backup-reader.worker), not counted here: 23.8 KB.
    // + 0.2 (wave 3, issue 28): forms say when they hold unsaved input (lib/unsaved-input, a 0.2-0.3 KB chunk with its imports shared by
    // every screen with a form), so that a new version never switches over it (decision 019).
    // + 0.3 (wave 3, issue 27): measured after the action gained a catalogue resource, hours and a link: 24.2 KB.
    // + 0.1 (wave 3, issue 23 trial): what replacing a saved assessment with a file's would lose, said before the
    // user chooses (domain/replace-losses).
    // + 0.1 (wave 3, issue 24): a profile and its items found in one place (profileItems, with the other screens): 24.83 KB.
    // + 0.2 (wave 3, issue 24, components): the backup screen split into its parts (BackupExport, BackupImport,
    // ReplaceOrKeepBoth); main 24.70 KB, split 24.91 KB.
    'src/features/backup/backup-screen.tsx': 25.0,
    // + names in file names and the gaps in priority order (issue 12).
    // + 1.2 for domain/gaps and domain/deadlines, which left the first load (99.0 -> 98.9 KB) when the action schema left plan.ts
    // (issue 11, decision 014; main's review.ts pulled plan.ts in): the same bytes, now counted where used.
    // + 0.7 and + 0.4 (wave 3, one home): the actions' names and the forms' errors left the first load (98.9 -> 98.8
    // KB) for small chunks of their own shared by the screens that use them: the same bytes, counted where used.
    // + 0.1 for issue 12 item 13: the date field keeps a half-filled date across a language switch, and day counts
    // go by plural rules (measured a few bytes over on its branch).
    // + 0.9 (wave 4): the same move out of the first load as the assessment screen's.
    // + 0.2 (wave 7, issue 23): the same check for an action changed in two tabs at once; its note loads lazily: 27.7 KB.
    // + 1.6 (wave 7): the shared English words (i18n/en.ts, 1.6 KB) left the first load (99.97 -> 99.0 KB) and load
    // with the first later screen, or at once when the user reads English: the same bytes, counted where used.
    // + 0.2 (wave 3, issue 23): no control character in the .ics (domain/control-characters), route ids looked up as
    // the record's own key (domain/own-entry): 29.6 KB.
    // + 0.2 (wave 3, issue 28): forms say when they hold unsaved input (lib/unsaved-input, a 0.2-0.3 KB chunk with its imports shared by
    // every screen with a form), so that a new version never switches over it (decision 019).
    // + 3.2 (wave 3, issue 27): the catalogue's suggestions for each gap, ranked, added in
    // one click (domain/resource-suggestions), the kept catalogue read back (lib/resource-catalogue-storage), the
    // action's hours and link in the form and on the card; the catalogue's own screen is a chunk of its own: 33.0 KB.
    // + 0.3 (wave 3, issue 24): the screens of one assessment start from one loader (store/use-assessment-screen, a
    // 0.36 KB chunk shared by the five of them) and find a profile and its items in one place (profileItems): 33.3 KB.
    // + 1.4 (wave 3, issue 26): the gaps no action serves are the chosen basis's, said in words (domain/review-compare's
    // views, i18n/basis-messages, chunks shared with the gap screen and the report): 34.8 KB.
    // + 0.3 (wave 3, issue 24, words): the days to a deadline from the one shared set (i18n/deadline-messages): 35.24 KB.
    // + 0.2 (wave 3, issue 24, components): the plan screen split into parts (PlanHeader, PlanActions, the notices);
    // main 35.25 KB, split 35.46 KB; + 0.05 the resource suggestions split (ItemSuggestions, Suggestion): 35.51 KB.
    'src/features/plan/plan-screen.tsx': 35.6,
    // + 1.6 (wave 7): the shared English words (i18n/en.ts, 1.6 KB) left the first load (99.97 -> 99.0 KB) and load
    // with the first later screen, or at once when the user reads English: the same bytes, counted where used.
    // + 1.5 (wave 3, issue 26): the same note of what changed since a review was requested as the gap screen's: 120.3 KB.
    // + 0.1 (wave 3, issue 27): the actions' hours and link.
    // + 0.4 (wave 3, issue 26): the same names of reviews as the gap screen's, and whether the reviewer saw the
    // self-ratings on paper; + 0.2 (issue 26) experience in words in the comparison, Thai digits that keep item codes,
    // the options open.
    // + 0.4 (wave 3, issue 24): the screens of one assessment start from one loader (store/use-assessment-screen, a
    // 0.36 KB chunk shared by the five of them) and find a profile and its items in one place (profileItems).
    // + 0.8 (wave 3, issue 26): the summary on the chosen basis, said on paper (basis-messages, review-compare's views): 122.4 KB.
    'src/features/report/report-screen.tsx': 122.6,
    // The supervisor's review on <Form> (react-hook-form, its zod resolver) with the actions' names: 30.7 KB.
    // + 0.4 (wave 4): the same move out of the first load as the assessment screen's (assessment-items).
    // + 1.6 (wave 7): the shared English words, as the screens above; + 0.5 the scoring rules' one home (domain/scoring.ts,
    // shared with the other screens) and the date labels' translator with both languages: 33.9 KB.
    // + 2.9 (wave 3, issue 23): a request checked against its role profile (content checks, profile keys, the
    // profiles' items), its size said before reading, UTF-16 read: 36.8 KB.
    // + 0.2 (wave 3, issue 28): forms say when they hold unsaved input (lib/unsaved-input, a 0.2-0.3 KB chunk with its imports shared by
    // every screen with a form), so that a new version never switches over it (decision 019).
    // + 0.3 (wave 3, issue 26): the review file's envelope left the first load for domain/review.ts, and the fingerprint
    // reads normalised values (a default target is unset): 37.4 KB.
    // + 0.1 (wave 3, issue 26): a review is not dated after today (the form's check and reviewFromDraft's).
    // + (wave 3, issue 27): the request's actions with their catalogue resource, hours and link.
    // Measured 38.0 KB with all of the above merged (wave 3): rounding put it over 38.0.
    'src/features/review/review-mode-screen.tsx': 38.2,
    // The organisation view, 29.6 KB on 6 Dec 2026 under the new screen's 30. + 2.9 (issue 25, decision 021): one row per
    // person, the matching rule on screen with its corrections (separate, join, undo), the earlier assessments as
    // history, in Thai and English (1.6 KB of it words): 32.5 KB. The matching, the kept roll-up's schemas and the
    // titles list run in the workers, not counted here.
    'src/features/organisation/organisation-screen.tsx': 33.0,
    // Not a screen: the gap screen's first step (wave 5), recharts' shared part with its dependencies, imported on
    // its own so that it evaluates in a task before the rest of the screen (src/app/screen.tsx). Its bytes are the
    // same ones the gap screen's and the report's budgets count; a shared chunk is keyed by its name (no hash).
    'chunk radar-drawing': 106.5,
  },
};

/** The gzip size of every chunk the first screen loads, and of what each lazy screen adds to it (KB). */
export function measureBundle(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const kb = new Map();
  const sizeOf = (key) => {
    const file = manifest[key]?.file;
    if (!file) throw new Error(`the manifest has no chunk ${key}`);
    if (!kb.has(file)) kb.set(file, gzipSync(readFileSync(join(dist, file))).length / 1024);
    return kb.get(file);
  };
  const closure = (keys, into = new Set()) => {
    for (const key of keys) {
      if (into.has(key)) continue;
      into.add(key);
      closure(manifest[key]?.imports ?? [], into);
    }
    return into;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  // The entry starts the app at once (src/main.tsx): what it imports, statically or not, is the first load.
  const firstLoad = closure([entry, ...(manifest[entry].dynamicImports ?? [])]);
  const total = (keys) => [...keys].reduce((sum, key) => sum + sizeOf(key), 0);
  const lazy = [...new Set([...firstLoad].flatMap((key) => manifest[key].dynamicImports ?? []))].filter((key) => !firstLoad.has(key));
  const screens = lazy.map((key) => {
    const added = [...closure([key])].filter((chunk) => !firstLoad.has(chunk));
    // A module's chunk by its source path; a shared chunk (manifest key "_name-hash.js") by its name.
    const name = manifest[key].src ?? `chunk ${manifest[key].name}`;
    return { key: name, kb: total(added), files: added.map((chunk) => manifest[chunk].file) };
  });
  return { firstLoad: { kb: total(firstLoad), files: [...firstLoad].map((key) => manifest[key].file) }, screens };
}

/**
 * Chunks that import themselves through others (a cycle of static imports), as readable lines; empty when none. In
 * such a cycle one chunk can run before the chunk whose schemas it uses has run: zod then wraps `undefined`, and the
 * page cannot start (issue 26: a store split in two chunks importing each other).
 */
export function chunkCycles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const cycles = [];
  const state = new Map();
  const visit = (key, path) => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'open') {
      cycles.push(path.slice(path.indexOf(key)).concat(key).map((chunk) => manifest[chunk]?.file ?? chunk).join(' -> '));
      return;
    }
    state.set(key, 'open');
    for (const imported of manifest[key]?.imports ?? []) visit(imported, [...path, key]);
    state.set(key, 'done');
  };
  for (const key of Object.keys(manifest)) visit(key, []);
  return cycles;
}

/** Every budget passed, as readable lines; empty when all fit. */
export function overBudget(measured) {
  const problems = [];
  if (measured.firstLoad.kb > budgets.firstLoad) problems.push(`first load ${measured.firstLoad.kb.toFixed(1)} KB > ${budgets.firstLoad} KB (${measured.firstLoad.files.join(', ')})`);
  for (const screen of measured.screens) {
    const budget = budgets.screens[screen.key] ?? budgets.newScreen;
    if (screen.kb > budget) problems.push(`${screen.key} adds ${screen.kb.toFixed(1)} KB > ${budget} KB (${screen.files.join(', ')})`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const measured = measureBundle(resolve(import.meta.dirname, '..', 'dist'));
  console.log(`Size budgets (gzip): first load ${measured.firstLoad.kb.toFixed(1)} of ${budgets.firstLoad} KB`);
  for (const screen of measured.screens) console.log(`  ${screen.key} adds ${screen.kb.toFixed(1)} of ${budgets.screens[screen.key] ?? `${budgets.newScreen} (a new screen's)`} KB`);
  const problems = [...overBudget(measured), ...chunkCycles(resolve(import.meta.dirname, '..', 'dist')).map((cycle) => `chunks import each other: ${cycle}`)];
  if (problems.length > 0) {
    console.error(`Over budget, or chunks in a cycle:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

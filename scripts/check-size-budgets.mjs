// Part of `npm test` (after the browser tests' build): fails when the JavaScript the first screen loads, or the
// JavaScript any lazily loaded screen adds to it, grows past its budget. Sizes are gzip as a server sends them,
// read from the chunk graph Vite writes (dist/.vite/manifest.json), so no second build is needed.
// `npm run bench` shows the same first load as the browser counts it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

/**
 * Gzip KB budgets beyond the screens' (each screen's budget is beside its route in src/app/screens.tsx): the first
 * load's from issue 13, shared chunks that are not a screen, and `newScreen` for a lazily loaded chunk without its own.
 * Why each grew: docs/size-budgets.md.
 */
export const budgets = {
  firstLoad: 100,
  newScreen: 30,
  screens: {
    // Not a screen: the gap screen's first step (wave 5), recharts' shared part with its dependencies, imported on
    // its own so that it evaluates in a task before the rest of the screen (src/app/screen.tsx). Its bytes are the
    // same ones the gap screen's and the report's budgets count; a shared chunk is keyed by its name (no hash).
    'chunk radar-drawing': 106.5,
  },
};

/**
 * Each lazily loaded screen's budget from the route table (src/app/screens.tsx), by the module its loader imports:
 * the table is loaded through Vite with its `import()`s recorded rather than run, then each loader is called; the last
 * module it imports is the screen's (the gap screen's loader imports recharts' shared part first). The same module
 * with two budgets is an error.
 */
export async function screenBudgets(root = resolve(import.meta.dirname, '..')) {
  const table = join(root, 'src', 'app', 'screens.tsx');
  let imported = [];
  globalThis.__screenImport = (specifier) => {
    imported.push(specifier);
    return Promise.resolve({});
  };
  const recordImports = {
    name: 'record-screen-imports',
    enforce: 'pre',
    transform: (code, id) => (id === table ? code.replaceAll(/\bimport\((?=['"])/g, 'globalThis.__screenImport(') : undefined),
  };
  const { module } = await runnerImport(table, { configFile: false, logLevel: 'error', root, plugins: [recordImports] });
  const byModule = {};
  for (const [screen, entry] of Object.entries(module.screens)) {
    if (entry.budget === null) continue;
    imported = [];
    await entry.load();
    const specifier = imported.at(-1);
    const file = specifier && ['.tsx', '.ts'].map((extension) => join(dirname(table), specifier + extension)).find((path) => existsSync(path));
    if (!file) throw new Error(`the loader of screen ${screen} imports no module of src (${imported.join(', ') || 'nothing'})`);
    const key = relative(root, file);
    if (key in byModule && byModule[key] !== entry.budget)
      throw new Error(`two budgets for ${key}: ${byModule[key]} and ${entry.budget} KB (screen ${screen})`);
    byModule[key] = entry.budget;
  }
  delete globalThis.__screenImport;
  return byModule;
}

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
      cycles.push(
        path
          .slice(path.indexOf(key))
          .concat(key)
          .map((chunk) => manifest[chunk]?.file ?? chunk)
          .join(' -> '),
      );
      return;
    }
    state.set(key, 'open');
    for (const imported of manifest[key]?.imports ?? []) visit(imported, [...path, key]);
    state.set(key, 'done');
  };
  for (const key of Object.keys(manifest)) visit(key, []);
  return cycles;
}

/**
 * Every budget passed, as readable lines; empty when all fit. `screens` are the route table's budgets by module: one
 * that names no lazily loaded chunk (a mistyped path, or a screen no longer loaded lazily) is a problem too.
 */
export function overBudget(measured, screens = {}) {
  const all = { ...budgets.screens, ...screens };
  const problems = [];
  if (measured.firstLoad.kb > budgets.firstLoad)
    problems.push(`first load ${measured.firstLoad.kb.toFixed(1)} KB > ${budgets.firstLoad} KB (${measured.firstLoad.files.join(', ')})`);
  for (const screen of measured.screens) {
    const budget = all[screen.key] ?? budgets.newScreen;
    if (screen.kb > budget) problems.push(`${screen.key} adds ${screen.kb.toFixed(1)} KB > ${budget} KB (${screen.files.join(', ')})`);
  }
  for (const key of Object.keys(screens))
    if (!measured.screens.some((screen) => screen.key === key)) problems.push(`the route table budgets ${key}, which is no lazily loaded chunk`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const measured = measureBundle(resolve(import.meta.dirname, '..', 'dist'));
  const screens = await screenBudgets();
  const all = { ...budgets.screens, ...screens };
  console.log(`Size budgets (gzip): first load ${measured.firstLoad.kb.toFixed(1)} of ${budgets.firstLoad} KB`);
  for (const screen of measured.screens)
    console.log(`  ${screen.key} adds ${screen.kb.toFixed(1)} of ${all[screen.key] ?? `${budgets.newScreen} (a new screen's)`} KB`);
  const problems = [
    ...overBudget(measured, screens),
    ...chunkCycles(resolve(import.meta.dirname, '..', 'dist')).map((cycle) => `chunks import each other: ${cycle}`),
  ];
  if (problems.length > 0) {
    console.error(`Over budget, or chunks in a cycle:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

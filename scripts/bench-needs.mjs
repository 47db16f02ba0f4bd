// Part of `npm run bench` (BENCH_ONLY=needs): the training needs and the budget planner on an organisation of
// NEEDS_PEOPLE (default 1,000) people and catalogues of NEEDS_RESOURCES (default 500,1000) resources, made up with a
// fixed seed (about 25 gaps a person among 80 items, each resource serving 1 to 4 of them, a tenth of them free).
// Times, median (min–max) of RUNS: the needs (every person × resource that closes a gap, and the gaps none serves),
// the demand per resource in all, by agency and by fiscal year, and a budget proposal. These are the pure functions
// of src/domain, run here in Node in one task each, so the longest task is the whole call; the page runs the same code.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { spread } from './bench-stats.mjs';
import { mulberry32 } from './rollup-backups.mjs';

const root = join(import.meta.dirname, '..');
const load = async (path) => (await runnerImport(path, { configFile: false, root, logLevel: 'error' })).module;

/** 80 items: 40 units, 30 knowledge items, 10 experiences (5 starred). */
function makeItems() {
  const title = { th: 'รายการ', en: 'Item' };
  const units = Array.from({ length: 40 }, (_, index) => ({
    kind: 'unit',
    section: 'units',
    scale: 'proficiency',
    key: `unit:U${index}`,
    code: `U${index}`,
    title,
    group: 'DG',
  }));
  const knowledge = Array.from({ length: 30 }, (_, index) => ({
    kind: 'knowledge',
    section: 'knowledge',
    scale: 'knowledge',
    key: `knowledge:k${index}`,
    code: `K${index}`,
    title,
  }));
  const experience = Array.from({ length: 10 }, (_, index) => ({
    kind: 'experience',
    section: 'experience',
    key: `experience:e${index}`,
    id: `e${index}`,
    code: `E${index}`,
    title,
    starred: index < 5,
  }));
  return [...units, ...knowledge, ...experience];
}

function makeOrganisation(peopleCount, resourceCount, items, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const agencies = Array.from({ length: 20 }, (_, index) => `กรมตัวอย่าง ${index + 1}`);
  const resources = Array.from({ length: resourceCount }, (_, index) => ({
    id: `R${index}`,
    title: { th: `หลักสูตร ${index}`, en: `Course ${index}` },
    provider: 'สถาบันตัวอย่าง',
    kind: pick(['course', 'e-learning', 'on-the-job', 'mentoring', 'reading']),
    hours: pick([3, 6, 12, 18, 24, 30]),
    costBaht: random() < 0.1 ? 0 : pick([1500, 3000, 4500, 6000, 9000, 15000, 25000]),
    serves: [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(items).key))],
    level: 2 + Math.floor(random() * 3),
  }));
  const people = Array.from({ length: peopleCount }, (_, index) => ({
    id: `person-${index}`,
    name: `คนที่ ${index}`,
    position: 'ผู้อำนวยการ',
    agency: pick(agencies),
    appointedOn: `${pick([2024, 2025, 2026])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
    shortfalls: items
      .filter(() => random() < 0.31)
      .map((item) => {
        const target = item.kind === 'experience' ? 3 : pick([3, 3, 4]);
        return { key: item.key, target, gap: item.kind === 'experience' ? pick([1.5, 3]) : 1 + Math.floor(random() * target) };
      }),
    served: [],
  }));
  return { people, resources };
}

/** Wall-clock and CPU times of `runs` calls (on a busy machine the CPU time is what the work itself took). */
function timed(runs, work) {
  const times = [];
  const cpu = [];
  let result;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    result = work();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { times, cpu, result };
}

const both = (timing) => `${spread(timing.times, { unit: ' ms' })} (CPU ${spread(timing.cpu, { unit: ' ms' })})`;

/** Prints the figures; `runs` repetitions of each timing. */
export async function benchNeeds({ runs }) {
  const { trainingNeeds, resourceDemand } = await load('/src/domain/organisation/training-needs.ts');
  const { countNeeds, countedDemand } = await load('/src/domain/organisation/needs-counts.ts');
  const { proposeBudget } = await load('/src/domain/organisation/budget-plan.ts');
  const { fiscalYearOf } = await load('/src/domain/calendar/fiscal-year.ts');
  const peopleCount = Number(process.env.NEEDS_PEOPLE ?? 1000);
  const resourceCounts = (process.env.NEEDS_RESOURCES ?? '500,1000').split(',').map(Number);
  const items = makeItems();
  const byKey = new Map(items.map((item) => [item.key, item]));
  const itemOf = (key) => byKey.get(key);
  const today = '2026-12-06';
  console.log(`\nTraining needs and the budget planner (${runs} runs, Node ${process.version}, pure functions in one task each): median (min–max)`);
  for (const resourceCount of resourceCounts) {
    const { people, resources } = makeOrganisation(peopleCount, resourceCount, items, mulberry32(27));
    const needs = timed(runs, () => trainingNeeds({ people, resources, itemOf, today }));
    const demand = timed(runs, () => [
      resourceDemand(needs.result, resources),
      resourceDemand(needs.result, resources, (attendance) => people[attendance.person].agency),
      resourceDemand(needs.result, resources, (attendance) => String(attendance.fiscalYear)),
    ]);
    // The page counts the demand without an attendance object per person × resource (needs-counts.ts); the attendances
    // are made only for a proposal or the CSV. Both ways in the same run, the one above as the baseline.
    const counted = timed(runs, () => countNeeds({ people, resources, itemOf, today }));
    const agencies = [...new Set(people.map((person) => person.agency))];
    const agencyOf = people.map((person) => agencies.indexOf(person.agency));
    const countedGroups = timed(runs, () => [
      countedDemand(counted.result.attendances, resources),
      countedDemand(counted.result.attendances, resources, { of: (person) => agencyOf[person], name: (group) => agencies[group] }),
      countedDemand(counted.result.attendances, resources, { of: (_, year) => year, name: String }),
    ]);
    const countedAll = timed(runs, () => countedDemand(countNeeds({ people, resources, itemOf, today }).attendances, resources));
    const fiscalYear = fiscalYearOf(today);
    const budgetBaht = Number(process.env.NEEDS_BUDGET ?? 3_000_000);
    const proposal = timed(runs, () => proposeBudget(needs.result, resources, { fiscalYear, budgetBaht }));
    const withHours = timed(runs, () => proposeBudget(needs.result, resources, { fiscalYear, budgetBaht, budgetHours: 2_000 }));
    const gaps = people.reduce((total, person) => total + person.shortfalls.length, 0);
    const p = proposal.result;
    console.log(
      `  ${peopleCount} people (${gaps} gaps) × ${resourceCount} resources: ${needs.result.attendances.length} attendances, ${needs.result.unserved.length} items served by none`,
    );
    const beyond = { times: needs.times.map((time, index) => time + demand.times[index]), cpu: needs.cpu.map((time, index) => time + demand.cpu[index]) };
    console.log(`    needs ${both(needs)}; demand in all, by agency and by fiscal year ${both(demand)}`);
    console.log(`    beyond the roll-up: ${both(beyond)} (budget 1,000 ms)`);
    console.log(`    counted (needs-counts.ts): needs ${both(counted)}; demand in all, by agency and by fiscal year ${both(countedGroups)}`);
    console.log(`      the needs and the demand in all, as the page's first answer: ${both(countedAll)}`);
    console.log(
      `    budget proposal, ${budgetBaht.toLocaleString('en')} baht: ${both(proposal)}; with a limit of 2,000 hours ${both(withHours)} (budget 2,000 ms)`,
    );
    console.log(
      `      funds ${p.funded.length} resources, ${p.choices.length} attendances, ${p.costBaht.toLocaleString('en')} baht for ${p.points.toFixed(1)} of ${p.pointsDue.toFixed(1)} gap points due (${((p.points / Math.max(1, p.costBaht)) * 10000).toFixed(2)} points per 10,000 baht)`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchNeeds({ runs: Number(process.env.RUNS ?? 5) });

import { relative } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

interface FileTimes {
  tests: number;
  /** The sum of its tests' times (retries included): what the file costs the workers. */
  busy: number;
  /** From its first test's start to its last test's end: how long it held the run. */
  first: number;
  last: number;
}

/** The spec file a test belongs to (its file suite's title), even when a helper in another file declared it. */
function specFile(test: TestCase): string | undefined {
  for (let suite: Suite | undefined = test.parent; suite; suite = suite.parent) if (suite.type === 'file') return suite.title;
  return undefined;
}

/**
 * Prints, at the end of the run, each spec file's time: its tests' summed time and the span it took from its first
 * test's start to its last's end, longest first, with the run's own time. Where the time goes shows at a glance.
 */
export default class SpecTimesReporter implements Reporter {
  private readonly files = new Map<string, FileTimes>();
  private root = process.cwd();
  private started = Date.now();

  onBegin(config: FullConfig): void {
    this.root = config.rootDir;
    this.started = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = specFile(test) ?? relative(this.root, test.location.file);
    const start = result.startTime.getTime();
    const entry = this.files.get(file) ?? { tests: 0, busy: 0, first: start, last: start };
    if (result.retry === 0) entry.tests += 1;
    entry.busy += result.duration;
    entry.first = Math.min(entry.first, start);
    entry.last = Math.max(entry.last, start + result.duration);
    this.files.set(file, entry);
  }

  onEnd(result: FullResult): void {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const rows = [...this.files].sort(([, a], [, b]) => b.busy - a.busy);
    const width = Math.max(...rows.map(([file]) => file.length), 10);
    const total = rows.reduce((sum, [, times]) => sum + times.busy, 0);
    const lines = [
      '',
      `Time by spec file (its tests' summed time; the span from its first test's start to its last's end):`,
      ...rows.map(
        ([file, times]) => `  ${file.padEnd(width)} ${String(times.tests).padStart(3)} tests ${seconds(times.busy)}  span ${seconds(times.last - times.first)}`,
      ),
      `  ${'all'.padEnd(width)} ${String(rows.reduce((sum, [, times]) => sum + times.tests, 0)).padStart(3)} tests ${seconds(total)}`,
      `The tests ran for ${seconds(Date.now() - this.started).trim()}; the whole run (${result.status}), with the build and the server's start, ${seconds(result.duration).trim()}.`,
    ];
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return false;
  }
}

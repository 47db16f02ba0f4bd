// Part of `npm run bench`: builds another commit of the app (main by default; the previous commit when this one is
// main) so the gap screen and rating can be timed beside it in the same run, on the same busy machine. The commit is
// exported with `git archive` into a directory of the system's temp dir and built there, with this worktree's
// node_modules linked in when the package-lock is the same (its own `npm ci` when not); nothing else is touched.
// A build is kept per worktree and commit, so later runs reuse it.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const commitOf = (root, ref) => {
  try {
    return execSync(`git rev-parse --verify --quiet ${JSON.stringify(`${ref}^{commit}`)}`, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
};

/** The commit-ish to compare with when none is given: main, or the commit before it when this worktree is at main. */
export function defaultBaselineRef(root) {
  return commitOf(root, 'main') === commitOf(root, 'HEAD') ? 'HEAD^' : 'main';
}

/** Builds `ref` (a git commit-ish) once per commit; returns { commit, dist }, or null when `ref` is no commit. */
export function buildBaseline(root, ref) {
  const commit = commitOf(root, ref);
  if (!commit) return null;
  const work = join(tmpdir(), `cio-bench-baseline-${basename(root)}-${commit.slice(0, 12)}`);
  const dist = join(work, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    process.stderr.write(`Building the baseline ${ref} (${commit.slice(0, 9)}) in ${work}\n`);
    try {
      execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(work)}`, { cwd: root });
      const lock = (dir) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
      if (lock(work) === lock(root)) symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
      else execSync('npm ci --no-audit --no-fund --prefer-offline', { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
      execSync('npm run build', { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    } catch (error) {
      // No half-built baseline is reused by the next run.
      rmSync(work, { recursive: true, force: true });
      throw error;
    }
  }
  return { commit, dist };
}

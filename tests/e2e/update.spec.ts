import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, statSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, test, testMoment, type Page } from './fixtures';

// Decision 019: a redeploy never switches a tab by itself, never while a form holds unsaved input, and loses nothing.
// Two builds that differ by their build name (`APP_BUILD`, shown on the backup screen), served through a symbolic
// link that the test points at the second one, as an intranet's IT unit replaces the folder. Against the documented
// nginx configuration (scripts/test-nginx.mjs sets E2E_APP_LINK and E2E_BASE_URL), or a small server of its own.
test.use({ serviceWorkers: 'allow', clockAt: testMoment });
// One test, long: a second build on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 900_000 });

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'cio-update-'));
// Inside the project: the prerender step imports the server build, which finds React in the project's node_modules.
const secondBuild = join(root, 'dist-second');
const secondName = 'second-build';
const fixture = JSON.parse(readFileSync(new URL('../fixtures/gap-assessment.json', import.meta.url), 'utf8'));

/** Builds the app again into `folder`, with `APP_BUILD` set: a second version, as a redeploy brings. */
function buildInto(folder: string, name: string): void {
  const env = { ...process.env, APP_BUILD: name, NODE_ENV: 'production' };
  const vite = join(root, 'node_modules/.bin/vite');
  execFileSync(vite, ['build', '--outDir', folder, '--emptyOutDir'], { cwd: root, env, stdio: 'ignore' });
  execFileSync(vite, ['build', '--ssr', 'src/app/prerender-entry.tsx', '--outDir', `${folder}-ssr`], { cwd: root, env, stdio: 'ignore' });
  execFileSync(process.execPath, ['scripts/prerender.mjs', folder], { cwd: root, env, stdio: 'ignore' });
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A static server reading the app through `link` at `subPath`, with no caching but for hashed assets. */
function serveThrough(link: string, subPath: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) return void response.writeHead(404).end();
    let file = join(link, path.slice(subPath.length));
    if (!file.startsWith(link)) return void response.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const cache = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${subPath}` });
    }),
  );
}

/** Points `link` at `folder` in one step (a rename), as a deploy that swaps folders does. */
function pointLinkAt(link: string, folder: string): void {
  const next = `${link}.next`;
  rmSync(next, { force: true });
  symlinkSync(folder, next);
  renameSync(next, link);
}

const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cio-skills-compass') ?? '{}'));

test('a new version waits for the user, never switches over unsaved input, and keeps every rating', async ({ page, baseURL, problems }) => {
  await test.step('build a second version', () => buildInto(secondBuild, secondName));
  // The first version: what E2E_APP_LINK points at (nginx), or a copy of the build the other tests use.
  let link = process.env.E2E_APP_LINK;
  let url = process.env.E2E_BASE_URL;
  let server: Server | undefined;
  let firstFolder: string;
  if (link && url) {
    firstFolder = readlinkSync(link);
  } else {
    firstFolder = join(work, 'first');
    cpSync(join(root, 'dist'), firstFolder, { recursive: true });
    link = join(work, 'current');
    symlinkSync(firstFolder, link);
    ({ server, url } = await serveThrough(link, new URL(baseURL ?? 'http://x/').pathname));
  }
  // The second version's files carry the first's dates, as a copy that keeps dates (cp -a) of a release packaged
  // in the same second would: a server whose ETag is the date and size must still not answer "not modified".
  for (const entry of readdirSync(secondBuild, { recursive: true })) {
    const first = join(firstFolder, String(entry));
    const second = join(secondBuild, String(entry));
    if (existsSync(first) && statSync(second).isFile()) utimesSync(second, statSync(first).atime, statSync(first).mtime);
  }
  try {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 120_000 }).toBe(true);
    await page.evaluate((blob) => localStorage.setItem('cio-skills-compass', JSON.stringify(blob)), fixture);
    await page.goto(`${url}#/assessments/gapfixture1`);
    await page.reload();
    await page.goto(`${url}#/backup`);
    const firstVersion = (await page.getByTestId('app-version').textContent()) ?? '';
    expect(firstVersion).not.toContain(secondName);

    // Ratings made in the first version, and a plan form half filled in.
    await page.goto(`${url}#/assessments/gapfixture1`);
    for (const [code, level] of [
      ['DG600', 3],
      ['DT100', 4],
    ] as const) {
      await page
        .getByRole('radiogroup', { name: new RegExp(code) })
        .getByRole('radio')
        .nth(level)
        .check();
    }
    await expect.poll(async () => (await saved(page)).state.assessments.gapfixture1.ratings['unit:DT100']?.level).toBe(4);
    const ratings = (await saved(page)).state.assessments.gapfixture1.ratings;
    await page.goto(`${url}#/assessments/gapfixture1/plan`);
    await page.getByRole('button', { name: 'เพิ่มกิจกรรมสำหรับ E9' }).click();
    await page.getByLabel('รายละเอียด').fill('ศึกษาสถาปัตยกรรมองค์กร');

    // The redeploy: the server now holds only the second version's files.
    pointLinkAt(link, secondBuild);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const notice = page.getByRole('complementary', { name: 'ใช้รุ่นใหม่' });
    await expect(notice).toContainText('มีแอปรุ่นใหม่พร้อมใช้งานแล้ว');
    const apply = notice.getByRole('button', { name: 'ใช้รุ่นใหม่' });
    await expect(apply).toBeDisabled();
    await expect(notice).toContainText('มีแบบฟอร์มที่กรอกไว้แต่ยังไม่ได้บันทึก');
    // The tab goes on from its own version's cache, screens it has not opened yet included.
    await page.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await expect(page.locator('.action-card')).toHaveCount(1);
    await page.goto(`${url}#/assessments/gapfixture1/report`);
    await expect(page.locator('.report svg').first()).toBeVisible();
    await page.goto(`${url}#/backup`);
    await expect(page.getByTestId('app-version')).toHaveText(firstVersion);

    // Saved, nothing unsaved: the user agrees, and the tab switches.
    await expect(apply).toBeEnabled();
    await apply.click();
    await expect(page.getByTestId('app-version')).toContainText(secondName);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const after = (await saved(page)).state.assessments.gapfixture1;
    expect(after.ratings).toEqual(ratings);
    expect(after.actions.map((action: { description: string }) => action.description)).toEqual(['ศึกษาสถาปัตยกรรมองค์กร']);
    // This test's own server is another origin than the other tests' (baseURL): its requests are the app's own.
    const origin = new URL(url).origin;
    expect(problems.filter((problem) => !problem.startsWith(`request outside the origin: ${origin}/`))).toEqual([]);
    problems.length = 0;
  } finally {
    // Back to the first version, for whatever else this server serves.
    pointLinkAt(link, firstFolder);
    server?.close();
  }
});

test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(secondBuild, { recursive: true, force: true });
});

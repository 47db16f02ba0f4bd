// The Apache httpd configuration (deploy/apache/cio-skills-compass.conf, docs/deploy.md) on a real server, where
// Apache is installed (Debian: apt-get install apache2): `npm run test:apache` serves the build in dist/ (or the
// folder given) on a loopback port with the documented configuration and checks every header it promises. Not part
// of `npm test`, which tests the nginx configuration end to end (scripts/test-nginx.mjs).
import { spawn, execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkServedHeaders } from './check-headers.mjs';
import { renderDeployConfigs } from './deploy-configs.mjs';
import { freePort } from './free-port.mjs';

const httpd = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((path) => existsSync(path));
if (!httpd) {
  console.error('The Apache test needs Apache httpd 2.4: install it (Debian/Ubuntu: apt-get install apache2).');
  process.exit(1);
}
const modules = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/lib/httpd/modules'].find((path) => existsSync(path));
const root = resolve(import.meta.dirname, '..');
const appFolder = resolve(process.argv[2] ?? join(root, 'dist'));
const subPath = '/intranet/cio-compass/';
const port = await freePort();
const work = mkdtempSync(join(tmpdir(), 'cio-apache-'));
// Apache serves as an unprivileged user (it refuses root): the folders on the way must be readable.
chmodSync(work, 0o755);
const serverRoot = join(work, 'www');
mkdirSync(join(serverRoot, 'intranet'), { recursive: true });
symlinkSync(appFolder, join(serverRoot, 'intranet', 'cio-compass'));
writeFileSync(join(work, 'cio-skills-compass.conf'), renderDeployConfigs({ appFolder, subPath, serverRoot })['apache/cio-skills-compass.conf']);
const runAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Built into some builds (Debian's unixd), a module of its own in others.
const load = (name) => `<IfModule !${name}_module>\n  LoadModule ${name}_module ${modules}/mod_${name}.so\n</IfModule>`;
writeFileSync(
  join(work, 'httpd.conf'),
  [
    'ServerName 127.0.0.1',
    `ServerRoot ${work}`,
    `Listen 127.0.0.1:${port}`,
    `PidFile ${join(work, 'httpd.pid')}`,
    'ErrorLog /dev/stderr',
    'LogLevel warn',
    ...['mpm_event', 'authz_core', 'alias', 'headers', 'mime', 'dir', 'unixd'].map(load),
    runAsRoot ? 'User www-data\nGroup www-data' : '',
    'TypesConfig /etc/mime.types',
    `DocumentRoot ${serverRoot}`,
    `Include ${join(work, 'cio-skills-compass.conf')}`,
  ].join('\n'),
);
execSync(`${httpd} -t -f ${join(work, 'httpd.conf')} 2>&1`, { stdio: 'inherit' });
const child = spawn(httpd, ['-DFOREGROUND', '-f', join(work, 'httpd.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
const url = `http://127.0.0.1:${port}${subPath}`;
let failures = [];
try {
  for (
    let tries = 0;
    !(await fetch(url).then(
      (response) => response.ok,
      () => false,
    ));
    tries++
  ) {
    if (tries > 100) throw new Error(`Apache did not serve ${url}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  console.log(`Apache serves ${appFolder} at ${url}`);
  failures = await checkServedHeaders(url, appFolder);
  for (const failure of failures) console.error(`✘ ${failure}`);
} catch (error) {
  failures.push(String(error));
  console.error(error);
} finally {
  child.kill('SIGTERM');
  await new Promise((done) => child.on('exit', done));
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures.length === 0 ? 0 : 1);

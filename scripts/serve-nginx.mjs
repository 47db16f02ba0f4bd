// Starts Debian's (or any installed) nginx on a loopback port with the documented configuration
// (deploy/nginx/cio-skills-compass.conf, filled in by scripts/deploy-configs.mjs), serving `appFolder` at `subPath`.
// The app is reached through a symbolic link, which the update test points at a second build (a redeploy).
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderDeployConfigs } from './deploy-configs.mjs';
import { freePort } from './free-port.mjs';

function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The nginx binary: on PATH or in /usr/sbin; on Debian as root, installed when missing (as the browser is). */
export function ensureNginx() {
  const find = () =>
    ['nginx', '/usr/sbin/nginx'].find((candidate) => {
      try {
        execSync(`command -v ${candidate}`, { stdio: 'ignore', shell: '/bin/sh' });
        return true;
      } catch {
        return false;
      }
    });
  let found = find();
  if (!found && isDebianRoot()) {
    console.log("No nginx: installing Debian's nginx (apt-get install nginx), not started as a service…");
    // policy-rc.d keeps the package from starting its own server on port 80.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx', { stdio: 'inherit' });
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
    found = find();
  }
  if (!found) {
    console.error('The deployment test needs nginx: install it (Debian/Ubuntu: apt-get install nginx; macOS: brew install nginx).');
    process.exit(1);
  }
  return found;
}

/**
 * Serves `appFolder` at http://127.0.0.1:<port><subPath> with nginx. Resolves to { url, appLink, configText, stop }:
 * `appLink` is the symbolic link the server reads the app through.
 */
export async function startNginx({ appFolder, subPath = '/intranet/cio-compass/', port }) {
  const nginx = ensureNginx();
  const listenPort = port ?? (await freePort());
  const work = mkdtempSync(join(tmpdir(), 'cio-nginx-'));
  const serverRoot = join(work, 'www');
  const appLink = join(serverRoot, subPath);
  mkdirSync(dirname(appLink.replace(/\/$/, '')), { recursive: true });
  symlinkSync(resolve(appFolder), appLink.replace(/\/$/, ''));
  const configText = renderDeployConfigs({ appFolder, subPath, serverRoot })['nginx/cio-skills-compass.conf'];
  writeFileSync(join(work, 'cio-skills-compass.conf'), configText);
  const runAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      runAsRoot ? 'user root;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(work, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      // The header checks ask for missing files on purpose.
      '  log_not_found off;',
      `  client_body_temp_path ${join(work, 'body')};`,
      `  proxy_temp_path ${join(work, 'proxy')};`,
      `  fastcgi_temp_path ${join(work, 'fastcgi')};`,
      `  uwsgi_temp_path ${join(work, 'uwsgi')};`,
      `  scgi_temp_path ${join(work, 'scgi')};`,
      '  server_tokens off;',
      '  server {',
      `    listen 127.0.0.1:${listenPort};`,
      `    include ${join(work, 'cio-skills-compass.conf')};`,
      '  }',
      '}',
    ].join('\n'),
  );
  const child = spawn(nginx, ['-p', work, '-e', 'stderr', '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${listenPort}${subPath}`;
  const exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  // Up when it answers; gone if it exits first (a configuration error, printed above).
  for (;;) {
    const code = await Promise.race([exited, new Promise((wait) => setTimeout(() => wait('waiting'), 100))]);
    if (code !== 'waiting') throw new Error(`nginx exited (${String(code)}) before it served ${url}`);
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
  }
  return {
    url,
    appLink: appLink.replace(/\/$/, ''),
    configText,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}

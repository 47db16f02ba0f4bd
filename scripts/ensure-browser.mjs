// Before the browser tests: make sure Chrome/Chromium is there. On Debian/Ubuntu as root, install Debian's
// chromium when none is found; anywhere else stop with one line saying what to install. Never skip silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

let browser = findBrowser();
if (!browser && process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at Chrome or Chromium.`);
  process.exit(1);
}
if (!browser && isDebianRoot()) {
  console.log('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  browser = findBrowser();
}
if (!browser) {
  console.error('Browser tests need Chrome or Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
console.log(`Browser tests use ${browser}`);

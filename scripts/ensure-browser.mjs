// Before the browser tests: make sure Chrome/Chromium is there, and poppler's pdftotext and pdfinfo (the report
// tests read the printed PDF back). On Debian/Ubuntu as root, install what is missing (Debian's chromium,
// poppler-utils); anywhere else stop with one line saying what to install. Never skip silently.
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

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

if (!hasCommand('pdftotext') || !hasCommand('pdfinfo')) {
  if (isDebianRoot()) {
    console.log('No pdftotext: installing Debian\'s poppler-utils (apt-get install poppler-utils)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
  }
  if (!hasCommand('pdftotext') || !hasCommand('pdfinfo')) {
    console.error('The report tests need pdftotext and pdfinfo: install poppler (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).');
    process.exit(1);
  }
}

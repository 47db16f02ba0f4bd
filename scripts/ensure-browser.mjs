// Before the browser tests: make sure Chrome/Chromium is there, poppler's pdftotext and pdfinfo (the report
// tests read the printed PDF back), and the Thai system font Noto Sans Thai (the first screen paints with it,
// sized to Sarabun, before Sarabun arrives; a test checks that the swap moves nothing). On Debian/Ubuntu as root,
// install what is missing (Debian's chromium, poppler-utils, fonts-noto-core); anywhere else stop with one line
// saying what to install. Never skip silently.
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
  console.log("No Chrome or Chromium found: installing Debian's chromium (apt-get install chromium)…");
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
    console.log("No pdftotext: installing Debian's poppler-utils (apt-get install poppler-utils)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
  }
  if (!hasCommand('pdftotext') || !hasCommand('pdfinfo')) {
    console.error('The report tests need pdftotext and pdfinfo: install poppler (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).');
    process.exit(1);
  }
}

function hasNotoSansThai() {
  try {
    return execSync('fc-list :lang=th family', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('Noto Sans Thai');
  } catch {
    return false;
  }
}

if (!hasNotoSansThai()) {
  if (isDebianRoot()) {
    console.log("No Noto Sans Thai: installing Debian's fonts-noto-core (apt-get install fonts-noto-core)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core', { stdio: 'inherit' });
  }
  if (!hasNotoSansThai()) {
    console.error(
      'The first-screen font test needs the Noto Sans Thai font (Debian/Ubuntu: apt-get install fonts-noto-core; elsewhere install Noto Sans Thai).',
    );
    process.exit(1);
  }
}

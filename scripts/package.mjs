// `npm run package`: one release file a ministry's IT unit deploys without Node (decision 019, docs/deploy.md):
// release/cio-skills-compass-<version>.zip holding the built app (app/), the web server configurations filled in
// for this build (server/), a Thai and English install note, and SHA256SUMS over every other file.
//   --no-build   package the build already in dist/ (npm test has just built it)
//   --check      then unpack the zip, verify SHA256SUMS, and run the deployment test (nginx) on what it holds
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { renderDeployConfigs } from './deploy-configs.mjs';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `cio-skills-compass-${version}`;
/** Where the release configurations put the app: https://<host>/cio-skills-compass/ from /var/www/cio-skills-compass/. */
const subPath = '/cio-skills-compass/';
const serverRoot = '/var/www';

if (!args.has('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const dist = join(root, 'dist');

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((entry) => join(folder, String(entry)))
    .filter((path) => statSync(path).isFile())
    .sort();
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** The commit the release was built from, as the app shows it beside its version (vite.config.ts). */
function commitName() {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
}
const build = commitName();

const installNote = `CIO Skills Compass ${version}${build ? ` (${build})` : ''}

ภาษาไทย
=======
การติดตั้งบนเว็บเซิร์ฟเวอร์ของหน่วยงาน (ไม่ต้องใช้ Node.js)
1. ตรวจสอบว่าไฟล์ครบและไม่ถูกแก้ไข: ในโฟลเดอร์นี้ สั่ง  sha256sum -c SHA256SUMS
   (Windows PowerShell: Get-FileHash -Algorithm SHA256 <ไฟล์> แล้วเทียบกับบรรทัดใน SHA256SUMS) ทุกไฟล์ต้องผ่าน
2. คัดลอกเนื้อหาในโฟลเดอร์ app/ ไปไว้ที่ ${serverRoot}${subPath}
   แอปจะเปิดได้ที่ https://<ชื่อเครื่อง>${subPath}  (ถ้าใช้ที่อื่น ให้แก้ทางและโฟลเดอร์ในไฟล์ตั้งค่า)
3. ใช้ไฟล์ตั้งค่าในโฟลเดอร์ server/ ตามเว็บเซิร์ฟเวอร์:
   - nginx: server/nginx/cio-skills-compass.conf  (include ในบล็อก server { } ของ HTTPS)
   - Apache httpd 2.4: server/apache/cio-skills-compass.conf  (ต้องเปิด mod_headers)
   - IIS 10: server/iis/web.config  (วางในโฟลเดอร์ของแอป)
   ไฟล์เหล่านี้ตั้ง Content-Security-Policy (รวม frame-ancestors 'none'), X-Content-Type-Options,
   Referrer-Policy, การเก็บแคช และชนิดไฟล์ (MIME) ที่ถูกต้องให้แล้ว สำหรับรุ่นนี้โดยเฉพาะ
4. ใช้ HTTPS: เบราว์เซอร์เก็บสำเนาสำหรับใช้งานแบบออฟไลน์ได้เฉพาะหน้าที่เปิดผ่าน HTTPS (หรือ localhost)
   ถ้าเปิดผ่าน HTTP ธรรมดา แอปยังใช้งานได้ตามปกติเมื่อเชื่อมต่อเซิร์ฟเวอร์ได้ แต่ใช้แบบออฟไลน์ไม่ได้
5. การปรับเป็นรุ่นใหม่: แทนที่เนื้อหาในโฟลเดอร์ของแอปทั้งหมดด้วย app/ ของรุ่นใหม่ และใช้ไฟล์ตั้งค่าของรุ่นใหม่
   ผู้ใช้ที่เปิดแอปค้างไว้จะเห็นข้อความว่ามีรุ่นใหม่ และเปลี่ยนรุ่นเมื่อผู้ใช้ตกลงเท่านั้น ข้อมูลที่บันทึกไว้ไม่หายไป
ข้อมูลการประเมินเก็บอยู่ในเบราว์เซอร์ของผู้ใช้แต่ละคน ไม่ส่งไปที่เซิร์ฟเวอร์ และแอปไม่เรียกใช้เว็บไซต์ภายนอกใด ๆ
รายละเอียดเพิ่มเติม: docs/deploy.md ในซอร์สโค้ดของโครงการ

English
=======
Installing on the agency's web server (no Node.js needed)
1. Check that every file is whole and unchanged: in this folder, run  sha256sum -c SHA256SUMS
   (Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>, compared with its line in SHA256SUMS).
2. Copy the contents of app/ to ${serverRoot}${subPath}
   The app then opens at https://<host>${subPath}  (elsewhere: change the path and folder in the configuration).
3. Use the configuration in server/ for your web server:
   - nginx: server/nginx/cio-skills-compass.conf  (include it in your HTTPS server { } block)
   - Apache httpd 2.4: server/apache/cio-skills-compass.conf  (needs mod_headers)
   - IIS 10: server/iis/web.config  (put it in the app's folder)
   They set the Content-Security-Policy (with frame-ancestors 'none'), X-Content-Type-Options,
   Referrer-Policy, caching and the right MIME types, for this build.
4. Use HTTPS: browsers keep the offline copy only for pages opened over HTTPS (or on localhost). Over plain
   HTTP the app works as usual while the server answers, but not offline.
5. Updating: replace the whole app folder with the new release's app/, and use the new release's configuration.
   Users with the app open are told a new version is ready, and switch only when they agree; nothing saved is lost.
Assessments stay in each user's browser: nothing is sent to the server, and the app calls no outside site.
More: docs/deploy.md in the project's source.
`;

/** The release's files: { path inside the folder: bytes }. */
const files = {};
for (const path of filesUnder(dist)) {
  const inside = relative(dist, path).split(sep).join('/');
  if (inside.startsWith('.vite/')) continue;
  files[`app/${inside}`] = readFileSync(path);
}
for (const [config, text] of Object.entries(renderDeployConfigs({ appFolder: dist, subPath, serverRoot }))) files[`server/${config}`] = Buffer.from(text);
files['INSTALL.txt'] = Buffer.from(installNote.replace(/\n/g, '\r\n'));
const sums = Object.keys(files).sort().map((path) => `${sha256(files[path])}  ${path}\n`).join('');
files.SHA256SUMS = Buffer.from(sums);

const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [`${name}/${path}`, [new Uint8Array(bytes), { mtime: new Date('2000-01-01T00:00:00Z') }]])), { level: 9 });
const out = join(root, 'release', `${name}.zip`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip);
console.log(`wrote ${relative(root, out)}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB, SHA-256 ${sha256(zip)}`);

if (args.has('--check')) {
  // As an IT unit would: unpack, verify every sum with the system's sha256sum, and serve app/ with nginx.
  const where = mkdtempSync(join(tmpdir(), 'cio-release-'));
  try {
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(out))))) {
      const target = resolve(where, path);
      if (!target.startsWith(where + sep)) throw new Error(`the zip holds a path outside its folder: ${path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const folder = join(where, name);
    const verified = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    const ok = verified.split('\n').filter((line) => line.endsWith(': OK')).length;
    if (ok !== Object.keys(files).length - 1) throw new Error(`sha256sum verified ${ok} of ${Object.keys(files).length - 1} files`);
    console.log(`SHA256SUMS: ${ok} files verified by sha256sum`);
    execFileSync(process.execPath, [join(root, 'scripts/test-nginx.mjs'), join(folder, 'app')], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(where, { recursive: true, force: true });
  }
}

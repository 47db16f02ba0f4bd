// Part of `npm run bench`: the roll-up's same-run baseline, a page that does the least any roll-up must do with the
// same files in the same browser at the same moment: hand them to one worker 64 at a time (as the app does), read
// each file's text and JSON.parse it, then show a table of the first 50 names. It validates, migrates and combines
// nothing, so the app's time over this page's is what validation, analysis and rendering cost.

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>roll-up baseline</title></head>
<body>
<input id="org-folder" type="file" multiple webkitdirectory>
<p class="org-shown"></p>
<table class="org-people"><tbody></tbody></table>
<script type="module">
document.documentElement.dataset.ready = 'true';
const input = document.getElementById('org-folder');
input.addEventListener('change', async () => {
  performance.mark('organisation:files-chosen');
  const files = Array.from(input.files);
  const worker = new Worker('./read-files-worker.js');
  worker.onmessage = ({ data }) => {
    performance.mark('organisation:rollup-received');
    document.querySelector('.org-shown').textContent = data.names.length + ' people';
    document.querySelector('tbody').innerHTML = data.names.slice(0, 50).map((name) => '<tr><td>' + name + '</td></tr>').join('');
    requestAnimationFrame(() => setTimeout(() => performance.mark('organisation:table-shown')));
  };
  worker.postMessage({ total: files.length });
  for (let start = 0; start < files.length; start += 64) {
    worker.postMessage({ files: files.slice(start, start + 64) });
    await new Promise((resolve) => setTimeout(resolve));
  }
});
</script></body></html>`;

const worker = `let total = 0; const names = [];
onmessage = async ({ data }) => {
  if (data.total) { total = data.total; return; }
  for (const text of await Promise.all(data.files.map((file) => file.text()))) {
    try { names.push(JSON.parse(text).assessments?.[0]?.appointee?.name ?? ''); } catch { names.push(''); }
  }
  if (names.length === total) postMessage({ names });
};`;

/** The baseline's page and worker, as bench-server pages (path → { type, body }). */
export function rollupBaselinePages() {
  return new Map([
    ['/bench/rollup/index.html', { type: 'text/html; charset=utf-8', body: Buffer.from(page) }],
    ['/bench/rollup/read-files-worker.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(worker) }],
  ]);
}

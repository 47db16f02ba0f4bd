// The web server configurations of a release (docs/deploy.md, decision 019), filled in for one build: its
// Content-Security-Policy (the page's own meta policy, which holds the hash of the first screen's inline style, plus
// what only a header can say), the sub-path and the folder it is served from.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The templates in deploy/, by the name each has in a release's server/ folder. */
export const deployTemplates = {
  'nginx/cio-skills-compass.conf': 'deploy/nginx/cio-skills-compass.conf',
  'apache/cio-skills-compass.conf': 'deploy/apache/cio-skills-compass.conf',
  'iis/web.config': 'deploy/iis/web.config',
};

/** What a header adds to the page's meta policy: a meta policy cannot forbid framing (CSP 3, frame-ancestors). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The Content-Security-Policy header for a built index.html: its meta policy, and `frame-ancestors 'none'`. */
export function headerPolicyOf(indexHtml) {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta tag');
  return [meta[1], ...headerOnlyDirectives].join('; ');
}

/**
 * The configurations for the build in `appFolder`, served at `subPath` (begins and ends with "/") from the folder
 * `serverRoot` (the app then sits in serverRoot + subPath). Returns { name: text }.
 */
export function renderDeployConfigs({ appFolder, subPath, serverRoot }) {
  if (!/^\/((?!\.\.?\/)[\w.-]+\/)+$/.test(subPath)) throw new Error(`sub-path must look like /a/b/: ${subPath}`);
  const policy = headerPolicyOf(readFileSync(join(appFolder, 'index.html'), 'utf8'));
  if (policy.includes('"')) throw new Error('the policy holds a double quote, which the configurations cannot quote');
  const fill = (text) =>
    text
      .replaceAll('@@CONTENT_SECURITY_POLICY@@', policy)
      .replaceAll('@@SUB_PATH_NO_SLASH@@', subPath.slice(0, -1))
      .replaceAll('@@SUB_PATH@@', subPath)
      .replaceAll('@@ROOT@@', serverRoot.replace(/\/$/, ''));
  const configs = {};
  for (const [name, template] of Object.entries(deployTemplates)) {
    const text = fill(readFileSync(join(root, template), 'utf8'));
    if (text.includes('@@')) throw new Error(`${template}: a placeholder is left`);
    configs[name] = text;
  }
  return configs;
}

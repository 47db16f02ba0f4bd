import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicyOf, renderDeployConfigs } from '../../scripts/deploy-configs.mjs';

/** A built page as the prerender step leaves it: the meta policy with the inline style's hash. */
const policyWithHash = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-abc='; object-src 'none'";
const page = `<!doctype html><html><head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policyWithHash}" /></head></html>`;

function builtApp(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cio-deploy-'));
  writeFileSync(join(folder, 'index.html'), page);
  return folder;
}

describe('the web server configurations of a release', () => {
  it("sends the page's own policy as a header, with frame-ancestors, which a meta policy cannot say", () => {
    expect(headerPolicyOf(page)).toBe(`${policyWithHash}; frame-ancestors 'none'`);
    expect(() => headerPolicyOf('<html></html>')).toThrow(/no Content-Security-Policy/);
  });

  it('fills every placeholder of nginx, Apache and IIS with the policy, sub-path and folder', () => {
    const configs = renderDeployConfigs({ appFolder: builtApp(), subPath: '/apps/cio/', serverRoot: '/srv/www/' });
    expect(Object.keys(configs).sort()).toEqual(['apache/cio-skills-compass.conf', 'iis/web.config', 'nginx/cio-skills-compass.conf']);
    for (const [name, text] of Object.entries(configs)) {
      expect(text, name).not.toContain('@@');
      expect(text, name).toContain(`${policyWithHash}; frame-ancestors 'none'`);
      for (const header of ['X-Content-Type-Options', 'Referrer-Policy', 'nosniff', 'no-referrer', 'immutable']) expect(text, name).toContain(header);
    }
    expect(configs['nginx/cio-skills-compass.conf']).toContain('location /apps/cio/assets/ {');
    expect(configs['nginx/cio-skills-compass.conf']).toContain('root /srv/www;');
    expect(configs['apache/cio-skills-compass.conf']).toContain('Alias /apps/cio "/srv/www/apps/cio"');
    // IIS reads XML: a quote in the policy would break it, and the file must parse.
    const xml = new DOMParser().parseFromString(configs['iis/web.config'] ?? '', 'application/xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.querySelector('customHeaders add[name="Content-Security-Policy"]')?.getAttribute('value')).toBe(`${policyWithHash}; frame-ancestors 'none'`);
  });

  it('refuses a sub-path a server could misread', () => {
    for (const subPath of ['apps/cio/', '/apps/cio', '/apps/../cio/', '/a b/']) {
      expect(() => renderDeployConfigs({ appFolder: builtApp(), subPath, serverRoot: '/srv' }), subPath).toThrow();
    }
  });
});

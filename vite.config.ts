import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The Content-Security-Policy of the built app: everything from its own origin, nothing else.
 * Added at build time only, because Vite's dev server injects an inline script for hot reload.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset, before any script or style it governs.
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`);
    },
  };
}

const recharts = /node_modules[\\/]recharts[\\/]/;

export default defineConfig(({ isSsrBuild }) => ({
  // Relative base: dist/ works from any sub-path of any static server or intranet share.
  base: './',
  // The app's version, written into every exported file.
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: the chunk graph, read by the size budgets (scripts/check-size-budgets.mjs).
    manifest: !isSsrBuild,
    // React in a chunk of its own, so src/main.tsx can evaluate it in a task of its own (no long task).
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            // Chrome (136+) compiles every function of recharts' chunks while it streams them, off the main thread,
            // instead of each on its first call, inside the tasks that evaluate recharts and draw the charts.
            postBanner: (chunk) => (chunk.moduleIds.some((id) => recharts.test(id)) ? '//# allFunctionsCalledOnLoad' : ''),
            codeSplitting: {
              groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
            },
          },
        },
  },
}));

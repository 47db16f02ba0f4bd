import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

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

/**
 * The gap screen's code evaluates in two tasks (src/app/screen.tsx): `import(radar drawing)` (recharts' shared part
 * and its dependencies), a task, then `import(gap screen)` (recharts' bar chart and the screen). Vite preloads, for
 * each dynamic import, the chunks it statically needs; the gap screen's chunks (and CSS) are added to the first
 * import's, so every chunk is asked for at once and the second import waits for no network.
 */
const fetchedTogether = [{ first: /src[\\/]ui[\\/]radar-drawing\.tsx$/, with: /src[\\/]features[\\/]gaps[\\/]gaps-screen\.tsx$/ }];

/**
 * `modulePreload.resolveDependencies` for `fetchedTogether`, and the plugin that lets it read the bundle. Every
 * preload list also leaves out what is surely loaded when the import runs, the entry's chunks and those of the chunk
 * that imports (Vite lists them, for nothing): the lists are part of the first load.
 */
function preloadTogether() {
  let bundle: Rolldown.OutputBundle | undefined;
  const chunks = () => Object.values(bundle ?? {}).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const staticClosure = (fileName: string, into = new Set<string>()): Set<string> => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    const chunk = bundle?.[fileName];
    if (chunk?.type !== 'chunk') return into;
    for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
    for (const imported of chunk.imports) staticClosure(imported, into);
    return into;
  };
  const plugin: Plugin = {
    name: 'preload-together',
    apply: 'build',
    // Before Vite's own generateBundle, which writes the preload lists.
    generateBundle: {
      order: 'pre',
      handler(_options, outputBundle) {
        bundle = outputBundle;
      },
    },
  };
  function resolveDependencies(fileName: string, deps: string[], { hostId }: { hostId: string }): string[] {
    const loaded = staticClosure(hostId);
    for (const entry of chunks().filter((chunk) => chunk.isEntry)) staticClosure(entry.fileName, loaded);
    const target = bundle?.[fileName];
    const pair = target?.type === 'chunk' ? fetchedTogether.find(({ first }) => target.moduleIds.some((id) => first.test(id))) : undefined;
    const screen = pair && chunks().find((chunk) => !!chunk.facadeModuleId && pair.with.test(chunk.facadeModuleId));
    if (pair && !screen) throw new Error(`preload-together: no chunk for ${String(pair.with)}`);
    // With the screen's CSS, which Vite's preload waits for before it imports: asked for at once too.
    const all = screen ? [...deps, ...staticClosure(screen.fileName)] : deps;
    return [...new Set(all)].filter((dep) => !loaded.has(dep));
  }
  return { plugin, resolveDependencies };
}

const together = preloadTogether();
const recharts = /node_modules[\\/]recharts[\\/]/;

export default defineConfig(({ isSsrBuild }) => ({
  // Relative base: dist/ works from any sub-path of any static server or intranet share.
  base: './',
  // The app's version, written into every exported file.
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), contentSecurityPolicyPlugin(), together.plugin],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false, resolveDependencies: together.resolveDependencies },
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

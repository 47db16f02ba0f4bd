import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** A sub-path like an intranet share's, to prove the build needs no particular base. */
export const appSubPath = '/intranet/cio-compass/';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

// Vitest sets NODE_ENV=test; the app under test must be the production build.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== '1') execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const server = await startStaticServer({ root: 'dist', basePath: appSubPath });
  project.provide('appUrl', server.url);
  return server.close;
}

/** The app's version from package.json, set at build time (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
/** Which build of that version: the commit (and `APP_BUILD` when set), vite.config.ts `define`. */
declare const __APP_BUILD__: string;

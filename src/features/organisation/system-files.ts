/** Files an operating system or an office program leaves beside the user's own, by name. */
const systemNames = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);

/**
 * Whether a chosen file is a hidden system file rather than one the user meant (issue 25): macOS's .DS_Store and
 * ._ copies, Windows's Thumbs.db and desktop.ini, an office program's ~$ lock file, anything hidden (a name or a
 * folder starting with a dot) or in a __MACOSX folder of an unpacked zip. Such files are skipped and counted.
 */
export function isSystemFile(path: string): boolean {
  const parts = path.split('/');
  const name = (parts.at(-1) ?? '').toLowerCase();
  return systemNames.has(name) || name.startsWith('~$') || parts.some((part) => part.startsWith('.') || part === '__MACOSX');
}

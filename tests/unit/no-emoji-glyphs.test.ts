import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Symbols that need an emoji or symbol font to show: pictographs (⏳-like), miscellaneous technical and
// symbols, dingbats (check and cross marks), geometric shapes (triangles, circles), the emoji variation
// selector. Without such a font (Debian's Chromium, locked-down ministry PCs) they print as empty boxes;
// src/ui/icon.tsx draws them as SVG instead. Written as escapes so this file passes its own test.
const needsSymbolFont = /[\p{Extended_Pictographic}\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff]|\ufe0f/u;

const root = join(import.meta.dirname, '..', '..');
function files(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('glyphs', () => {
  it('no source, style, message or profile file uses a character that needs an emoji or symbol font', () => {
    const offenders = [...files('src', /\.(ts|tsx|css)$/), ...files('public', /\.(json|html|css|svg)$/), join(root, 'index.html')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const found = needsSymbolFont.exec(line);
          return found ? [`${relative(root, file)}:${index + 1}: U+${found[0].codePointAt(0)?.toString(16).toUpperCase()}`] : [];
        }),
    );
    expect(offenders).toEqual([]);
  });
});

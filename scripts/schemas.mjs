// `npm run schemas`: writes the JSON Schema of every file format the app reads or writes to docs/schemas/, from the
// zod schemas (src/domain/files/published-schemas.ts), and removes a schema file no format names any longer.
// tests/unit/published-schemas.test.ts fails when a committed schema differs from what this writes.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'schemas');
const { module } = await runnerImport('/src/domain/files/published-schemas.ts', { configFile: false, root, logLevel: 'error' });

const written = new Set();
for (const format of module.publishedFormats) {
  const file = `${format.name}.schema.json`;
  writeFileSync(join(outDir, file), module.publishedSchemaText(format));
  written.add(file);
}
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.schema.json') && !written.has(file)) rmSync(join(outDir, file));
}
console.log(`docs/schemas: ${[...written].join(', ')}`);

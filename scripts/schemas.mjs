// `npm run schemas`: writes the JSON Schema of every file format the app reads or writes to docs/schemas/, from the
// zod schemas (src/domain/files/published-schemas.ts), and removes a schema file no format names any longer.
// tests/unit/published-schemas.test.ts fails when a committed schema differs from what this writes.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'schemas');
const { module } = await runnerImport('/src/domain/files/published-schemas.ts', { configFile: false, root, logLevel: 'error' });

const written = new Set();
for (const format of module.publishedFormats) {
  const file = `${format.name}.schema.json`;
  const text = module.publishedSchemaText(format);
  writeFileSync(join(outDir, file), text);
  written.add(file);
  stampExampleVersion(format.name, JSON.parse(text));
}
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.schema.json') && !written.has(file)) rmSync(join(outDir, file));
}
console.log(`docs/schemas: ${[...written].join(', ')}`);

/**
 * A format whose schema pins its version (`schemaVersion`, a constant) has an example that names it: the example
 * follows the schema, so a new storage version is not a hand edit of the example as well.
 */
function stampExampleVersion(name, schema) {
  const version = schema.properties?.schemaVersion?.const;
  const example = join(outDir, 'examples', `${name}.example.json`);
  if (typeof version !== 'number' || !existsSync(example)) return;
  const text = readFileSync(example, 'utf8');
  const stamped = text.replace(/^( {2}"schemaVersion": )\d+/m, `$1${version}`);
  if (stamped !== text) writeFileSync(example, stamped);
}

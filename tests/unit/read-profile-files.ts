import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from '../../src/domain/profile/profile-library';

const profilesDir = join(import.meta.dirname, '..', '..', 'public', 'profiles');

/** One shipped data file from public/profiles, parsed as JSON. */
export function readProfileFile(file: string): DataFile {
  return { file, data: JSON.parse(readFileSync(join(profilesDir, file), 'utf8')) as unknown };
}

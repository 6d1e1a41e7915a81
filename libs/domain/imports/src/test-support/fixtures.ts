import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real-world corpus in ../shared/fixtures (see its SOURCES.md), read in
 * place and never copied into the repo. LOOPBOARD_FIXTURES_DIR overrides the path.
 */
export const FIXTURES_DIR = resolve(
  process.env.LOOPBOARD_FIXTURES_DIR || join(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures'),
);

export const hasFixtures = existsSync(FIXTURES_DIR);

if (!hasFixtures && process.env.CI) throw new Error(`corpus fixtures not found at ${FIXTURES_DIR} (set LOOPBOARD_FIXTURES_DIR)`);

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

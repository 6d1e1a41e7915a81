/**
 * Loopboard from the command line, against DATABASE_URL, else the embedded dev database
 * (stop `npm start` first). Runs the same import use-case as the API, as the system
 * (audit actor null, request id "cli").
 *   npm run loopboard -- import FILE... [--format F] [--dry-run] [--select all|first-authors] [--macros FILE]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { IMPORT_FILE_FORMATS, type ImportFileFormat } from '@loopboard/contracts';
import { loadConfig } from '@loopboard/api/config';
import { dataSourceOptions, startEmbeddedPostgres } from '@loopboard/api/database';
import { AuditService, ImportUseCase, systemContext } from '@loopboard/api/imports';

const USAGE = 'usage: npm run loopboard -- import FILE... [--format F] [--dry-run] [--select all|first-authors] [--macros FILE]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    select: { type: 'string', default: 'all' },
    macros: { type: 'string' },
  },
});
const [command, ...files] = positionals;
if (command !== 'import' || !files.length) {
  console.error(USAGE);
  process.exit(2);
}
if (values.format && !(IMPORT_FILE_FORMATS as readonly string[]).includes(values.format)) {
  console.error(`--format must be one of ${IMPORT_FILE_FORMATS.join(', ')}`);
  process.exit(2);
}
if (values.select !== 'all' && values.select !== 'first-authors') {
  console.error('--select must be all or first-authors');
  process.exit(2);
}
const select = values.select;
const bibtexMacros = values.macros ? readFileSync(values.macros, 'utf8') : undefined;

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir });
const ds = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url));
let failed = 0;
try {
  await ds.initialize();
  await ds.runMigrations();
  const imports = new ImportUseCase(ds, new AuditService(ds));
  const ctx = systemContext('cli');
  for (const file of files) {
    try {
      const content = readFileSync(file, 'utf8');
      // Parsing and matching a large file takes seconds: say so before the summary appears.
      if (content.length > 1_000_000) console.log(`${file}: ${(content.length / 1_048_576).toFixed(1)} MB, parsing and matching…`);
      const preview = await imports.preview(
        ctx,
        {
          fileName: basename(file),
          content,
          format: values.format as ImportFileFormat | undefined,
          bibtexMacros,
        },
        { store: !values['dry-run'] },
      );
      const s = preview.summary;
      console.log(
        `${file} (${preview.format}): ${s.people} people, ${s.papers} papers, ${s.reimplementations} re-implementations; ` +
          `${s.toCreate} new, ${s.toMerge} to merge, ${s.conflicts} conflicts, ${s.skipped} skipped`,
      );
      for (const w of preview.warnings) console.log(`  warning: ${w}`);
      if (values['dry-run']) {
        for (const skip of preview.skipped) console.log(`  skipped ${skip.sourceRef}: ${skip.reason}`);
        console.log('  dry run: nothing written');
        continue;
      }
      const result = await imports.commit(ctx, preview.id, { select }, (done, total) => {
        if (total >= 500) process.stdout.write(`\r  writing: ${done}/${total} records (people, then papers)`);
        if (total >= 500 && done === total) process.stdout.write('\n');
      });
      console.log(
        `  committed ${result.id}: ${result.created} created, ${result.merged} merged, ` +
          `${result.papersCreated} papers added (${result.papersMatched} known), ` +
          `${result.reimplementationsCreated} re-implementations added (${result.reimplementationsMatched} known), ${result.skipped.length} skipped`,
      );
      for (const skip of result.skipped) console.log(`  skipped ${skip.sourceRef}: ${skip.reason}`);
    } catch (error) {
      failed += 1;
      console.error(`${file}: ${(error as Error).message}`);
    }
  }
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
}
process.exitCode = failed ? 1 : 0;

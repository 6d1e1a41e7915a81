/**
 * Loads a scale data set into the configured database (DATABASE_URL), migrating it first:
 *   npm run data:generate -- --size S|M|L [--candidates N]
 * S = 10k candidates (~100k ratings), M = 100k (~1M), L = 1M (~10M). Prints what it wrote and how long it took.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { hashPassword } from '@loopboard/api/auth';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@loopboard/api/database';
import { generatePipelineData, SCALE_SIZES, type ScaleSize } from '@loopboard/api/demo';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    candidates: { type: 'string' },
    password: { type: 'string', default: 'scale-password-long' },
  },
});
const size = values.size as ScaleSize;
if (!(size in SCALE_SIZES)) throw new Error(`--size must be one of ${Object.keys(SCALE_SIZES).join(', ')}`);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to the database to load (it is migrated first).');
const dataSource = new DataSource(dataSourceOptions(url));
await dataSource.initialize();
await dataSource.runMigrations({ transaction: 'each' });
const runner = dataSource.createQueryRunner();
try {
  const counts = await generatePipelineData(runner, {
    candidates: values.candidates ? Number(values.candidates) : SCALE_SIZES[size].candidates,
    tag: 'scale',
    passwordHash: await hashPassword(values.password!),
    log: (line) => console.log(line),
  });
  console.log(counts);
} finally {
  await runner.release();
  await dataSource.destroy();
}

/**
 * Import throughput and search latency (issue 4's figures), in one run on a fresh database:
 *   - a generated 10k-entry BibTeX file and a 100k-row candidates CSV imported through the
 *     same use-case as the API (preview, then commit), records per second, next to a raw
 *     `COPY` of the same rows into the same database, and the ratio;
 *   - search latency (p50, p95) over HTTP at 100k+ candidates: name, email, affiliation and tag
 *     queries, accent-folded, and deep cursor pages.
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL (test/support/pg-server.ts).
 *   npm run bench:imports [-- --csv-rows 100000 --bibtex-entries 10000 --searches 200]
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { ImportUseCase, systemContext } from '@loopboard/api/imports';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    'csv-rows': { type: 'string', default: '100000' },
    'bibtex-entries': { type: 'string', default: '10000' },
    searches: { type: 'string', default: '200' },
    /** Keep the database afterwards (prints its URL), to look at query plans. */
    keep: { type: 'boolean', default: false },
  },
});
const CSV_ROWS = Number(values['csv-rows']);
const BIB_ENTRIES = Number(values['bibtex-entries']);
const SEARCHES = Number(values.searches);

// A deterministic generator, so every run imports the same files.
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const GIVEN = [
  'Ana',
  'Bo',
  'Chen',
  'Dmitri',
  'Élodie',
  'Farid',
  'Gita',
  'Hugo',
  'Ines',
  'Jonas',
  'Kenji',
  'Lea',
  'Mateo',
  'Nia',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Søren',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
];
const FAMILY = [
  'Álvarez',
  'Bauer',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Horvat',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'López',
  'Müller',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Sato',
  'Tanaka',
  'Újvári',
  'Varga',
  'Wójcik',
  'Xu',
  'Yilmaz',
  'Zhang',
];
const AFFILIATIONS = [
  'ETH Zürich',
  'MIT',
  'Mila',
  'University of Oxford',
  'Tsinghua University',
  'Max Planck Institute',
  'DeepMind',
  'Stanford University',
  'EPFL',
  'University of Toronto',
];
const TAGS = ['nlp', 'vision', 'rl', 'theory', 'systems', 'speech', 'robotics', 'graphs'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'CVPR', 'ACL', 'AAAI', 'EMNLP', 'UAI'];

/** Person i of a pool: a stable name (the suffix keeps 100k people distinct) and email. */
function person(i: number) {
  const given = GIVEN[i % GIVEN.length]!;
  const family = `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!}${i >= GIVEN.length * FAMILY.length ? `-${Math.floor(i / (GIVEN.length * FAMILY.length))}` : ''}`;
  const ascii = `${given}.${family}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return { given, family, email: `${ascii}.${i}@example.org` };
}

function csvFile(rows: number): string {
  const lines = ['name,email,affiliation,location,tags,github'];
  for (let i = 0; i < rows; i++) {
    const p = person(i);
    lines.push(
      `"${p.given} ${p.family}",${p.email},"${pick(AFFILIATIONS)}","${pick(['Zürich', 'Paris', 'Tokyo', 'Montréal', 'Berlin'])}","${pick(TAGS)};${pick(TAGS)}",gh-user-${i}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** 10k DBLP-style entries by authors drawn from a pool of 6k people, so people recur across papers. */
function bibtexFile(entries: number): { text: string; rows: string[][] } {
  const out: string[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < entries; i++) {
    const authors = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => person(Math.floor(rand() * 6000)));
    const venue = pick(VENUES);
    const year = 2015 + Math.floor(rand() * 11);
    const title = `Scalable {M}ethods for Problem ${i}: a study of ${pick(TAGS)}`;
    const authorField = authors.map((a) => `${a.family}, ${a.given}`).join(' and ');
    out.push(
      `@inproceedings{DBLP:conf/bench/P${i},\n  author = {${authorField}},\n  title = {${title}},\n  booktitle = {${venue}},\n  year = {${year}}\n}\n`,
    );
    rows.push([`DBLP:conf/bench/P${i}`, title, authorField, venue, String(year)]);
  }
  return { text: out.join('\n'), rows };
}

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

async function copyRows(client: pg.PoolClient, table: string, csv: string): Promise<number> {
  const t = performance.now();
  await pipeline(Readable.from([csv]), client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
  return (performance.now() - t) / 1000;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

const results: { figure: string; value: string }[] = [];
const server = await acquirePgServer();
const dbName = uniqueName('loopboard_bench');
const url = await createDatabase(server.adminUrl, dbName);
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
const pool = new pg.Pool({ connectionString: url, max: 4 });
const imports = app.get(ImportUseCase);
const ctx = systemContext('bench');

async function importFile(fileName: string, content: string, records: number) {
  const t0 = performance.now();
  const preview = await imports.preview(ctx, { fileName, content });
  const t1 = performance.now();
  const result = await imports.commit(ctx, preview.id, { select: 'all' });
  const t2 = performance.now();
  const seconds = (t2 - t0) / 1000;
  return { preview, result, seconds, previewSeconds: (t1 - t0) / 1000, commitSeconds: (t2 - t1) / 1000, rate: records / seconds };
}

try {
  const client = await pool.connect();
  try {
    // BibTeX: 10k entries.
    const bib = bibtexFile(BIB_ENTRIES);
    const bibImport = await importFile('bench.bib', bib.text, BIB_ENTRIES);
    await client.query(`CREATE TABLE bench_bibtex_copy (key text, title text, authors text, venue text, year int)`);
    const bibCsv = ['key,title,authors,venue,year', ...bib.rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
    const bibCopySeconds = await copyRows(client, 'bench_bibtex_copy', bibCsv);
    const bibCopyRate = BIB_ENTRIES / bibCopySeconds;
    results.push({
      figure: `BibTeX import, ${BIB_ENTRIES} entries (${bibImport.preview.summary.people} people, ${bibImport.result.papersCreated} papers)`,
      value: `${bibImport.rate.toFixed(0)} entries/s (${bibImport.seconds.toFixed(1)} s: preview ${bibImport.previewSeconds.toFixed(1)} s, commit ${bibImport.commitSeconds.toFixed(1)} s)`,
    });
    results.push({
      figure: `raw COPY of the same ${BIB_ENTRIES} rows`,
      value: `${bibCopyRate.toFixed(0)} rows/s (${bibCopySeconds.toFixed(2)} s)`,
    });
    results.push({
      figure: 'BibTeX import / COPY',
      value: `${(bibImport.rate / bibCopyRate).toFixed(3)} (1/${(bibCopyRate / bibImport.rate).toFixed(0)})`,
    });

    // CSV: 100k rows.
    const csv = csvFile(CSV_ROWS);
    const csvImport = await importFile('bench.csv', csv, CSV_ROWS);
    await client.query(`CREATE TABLE bench_csv_copy (name text, email text, affiliation text, location text, tags text, github text)`);
    const csvCopySeconds = await copyRows(client, 'bench_csv_copy', csv);
    const csvCopyRate = CSV_ROWS / csvCopySeconds;
    results.push({
      figure: `CSV import, ${CSV_ROWS} rows (${csvImport.result.created} created, ${csvImport.result.merged} merged)`,
      value: `${csvImport.rate.toFixed(0)} rows/s (${csvImport.seconds.toFixed(1)} s: preview ${csvImport.previewSeconds.toFixed(1)} s, commit ${csvImport.commitSeconds.toFixed(1)} s)`,
    });
    results.push({
      figure: `raw COPY of the same ${CSV_ROWS} rows`,
      value: `${csvCopyRate.toFixed(0)} rows/s (${csvCopySeconds.toFixed(2)} s)`,
    });
    results.push({
      figure: 'CSV import / COPY',
      value: `${(csvImport.rate / csvCopyRate).toFixed(3)} (1/${(csvCopyRate / csvImport.rate).toFixed(0)})`,
    });
  } finally {
    client.release();
  }

  // Search over HTTP, signed in as a recruiter.
  await pool.query('ANALYZE');
  const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM candidate`)).rows as { count: number }[];
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const email = 'bench@loopboard.dev';
  const password = 'bench-password-long';
  await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Bench', 'recruiter', $2)`, [
    email,
    await hashPassword(password),
  ]);
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  const get = async (path: string) => {
    const t = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t, body };
  };
  const queries: { kind: string; q: string }[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const p = person(Math.floor(rand() * CSV_ROWS));
    queries.push(
      pick([
        { kind: 'family name, folded', q: p.family.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() },
        { kind: 'full name', q: `${p.given} ${p.family}` },
        { kind: 'email', q: p.email },
        { kind: 'affiliation', q: pick(AFFILIATIONS) },
        { kind: 'tag', q: pick(TAGS) },
      ]),
    );
  }
  for (const { q } of queries.slice(0, 10)) await get(`/api/candidates?q=${encodeURIComponent(q)}`); // warm-up
  const searchTimes: number[] = [];
  for (const { q } of queries) searchTimes.push((await get(`/api/candidates?q=${encodeURIComponent(q)}`)).ms);
  results.push({
    figure: `search GET /api/candidates?q=… at ${count} candidates (${SEARCHES} queries: names, emails, affiliations, tags)`,
    value: `p50 ${quantile(searchTimes, 0.5).toFixed(1)} ms, p95 ${quantile(searchTimes, 0.95).toFixed(1)} ms`,
  });

  const pageTimes: number[] = [];
  for (const sort of ['name', 'createdAt', 'creditAdjusted'] as const) {
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const { ms, body } = await get(`/api/candidates?sort=${sort}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      pageTimes.push(ms);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
  }
  results.push({
    figure: `list pages of 100 (sorted by name, created, credit; 20 pages each) at ${count} candidates`,
    value: `p50 ${quantile(pageTimes, 0.5).toFixed(1)} ms, p95 ${quantile(pageTimes, 0.95).toFixed(1)} ms`,
  });
  for (const [i, sort] of ['name', 'createdAt', 'creditAdjusted'].entries()) {
    const times = pageTimes.slice(i * 20, i * 20 + 20);
    results.push({
      figure: `  sorted by ${sort}`,
      value: `p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    });
  }
} finally {
  await app.close();
  await pool.end();
  if (values.keep) console.log(`kept ${url}`);
  else await dropDatabase(server.adminUrl, dbName);
  await server.stop();
}

const width = Math.max(...results.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)} | value`);
console.log(`${'-'.repeat(width)}-|------`);
for (const r of results) console.log(`${r.figure.padEnd(width)} | ${r.value}`);
mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/imports.json'),
  JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
);

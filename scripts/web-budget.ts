/**
 * Issue 8's web performance budget, read from the production build (apps/web/dist, with vite's manifest
 * at dist/.vite/manifest.json; `build.manifest` is on in apps/web/vite.config.ts):
 *   - initial JavaScript: the entry chunk and everything it imports statically (what index.html loads and
 *     modulepreloads before any page), at most 170 KB gzipped;
 *   - each route: its lazily imported page chunk and that chunk's static imports not already in the initial
 *     set (what opening the page downloads before it can render), at most 80 KB more, gzipped;
 *   - for the record, not budgeted: each route's deferred chunks, i.e. what the page itself imports lazily
 *     later (the dashboard's recharts charts, loaded once a report has rows to draw: the tables and numbers show
 *     first). The table prints them next to the route, and the route's total with them, so nothing is hidden.
 * Gzip is node:zlib at level 9 (as scripts/measure-web.ts measures); 1 KB = 1024 bytes. JavaScript only
 * (the stylesheet is not counted). Builds nothing itself: run the web build first (`npx nx run web:build`,
 * with NODE_ENV unset so React's production code is built).
 *   npm run budget:web [-- --dist apps/web/dist --initial-kb 170 --route-kb 80]
 * Prints a table, writes bench-results/web-budget.json, exits 1 when a budget is exceeded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(ROOT, 'apps/web/dist') },
    'initial-kb': { type: 'string', default: '170' },
    'route-kb': { type: 'string', default: '80' },
  },
});
const DIST = resolve(values.dist);
const INITIAL_BUDGET = Number(values['initial-kb']) * 1024;
const ROUTE_BUDGET = Number(values['route-kb']) * 1024;
if (!(INITIAL_BUDGET > 0) || !(ROUTE_BUDGET > 0)) throw new Error('--initial-kb and --route-kb must be positive numbers');

/** One record of vite's manifest (https://vite.dev/guide/backend-integration). */
interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const manifestPath = resolve(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath))
  throw new Error(`${relative(ROOT, manifestPath)} is missing: build the web app first (npx nx run web:build) with build.manifest on`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

const sizes = new Map<string, { raw: number; gzip: number }>();
/** Gzipped (level 9) and raw size of one built file, read once. */
function sizeOf(file: string): { raw: number; gzip: number } {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(resolve(DIST, file));
    if (bytes.includes('jsxDEV'))
      throw new Error(`${file} holds React's development JSX (jsxDEV): rebuild with NODE_ENV unset or "production"`);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

function chunk(key: string): ManifestChunk {
  const c = manifest[key];
  if (!c) throw new Error(`the manifest names ${key} but has no record of it`);
  return c;
}

/** Manifest keys of `keys` and everything they import statically, transitively (not descending into `loaded`). */
function staticClosure(keys: string[], loaded: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || loaded.has(key)) return;
    seen.add(key);
    for (const next of chunk(key).imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const jsFiles = (keys: Iterable<string>) => [...new Set([...keys].map((k) => chunk(k).file).filter((f) => f.endsWith('.js')))];
const total = (files: string[]) =>
  files.reduce((sum, f) => ({ raw: sum.raw + sizeOf(f).raw, gzip: sum.gzip + sizeOf(f).gzip }), { raw: 0, gzip: 0 });

const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
const [entryKey, entry] = entries[0]!;
const initialKeys = staticClosure([entryKey]);
const initialFiles = jsFiles(initialKeys);
const initial = total(initialFiles);

// The pages: what the entry (routes.tsx) imports lazily. Each is one route (or a few sharing a page).
const routePaths = pagePaths();
interface RouteFigure {
  page: string;
  src: string;
  paths: string[];
  files: string[];
  raw: number;
  gzip: number;
  deferredFiles: string[];
  deferredGzip: number;
  pass: boolean;
}
const routes: RouteFigure[] = (entry.dynamicImports ?? []).map((key) => {
  // Chunks import the entry back (shared code vite left in it): that is loaded already, so it is not followed.
  const own = staticClosure([key], initialKeys);
  const files = jsFiles(own);
  // What the page loads lazily itself (charts), with their static imports not already loaded.
  const deferredRoots = [...own].flatMap((k) => chunk(k).dynamicImports ?? []).filter((k) => !own.has(k) && !initialKeys.has(k));
  const deferredFiles = jsFiles(staticClosure(deferredRoots, new Set([...initialKeys, ...own])));
  const size = total(files);
  const page = chunk(key).name ?? key;
  return {
    page,
    src: chunk(key).src ?? key,
    paths: routePaths.get(page) ?? [],
    files,
    ...size,
    deferredFiles,
    deferredGzip: total(deferredFiles).gzip,
    pass: size.gzip <= ROUTE_BUDGET,
  };
});
if (routes.length === 0) throw new Error('the entry imports no page lazily: is this the Loopboard web build?');
routes.sort((a, b) => b.gzip - a.gzip);

/**
 * Route paths per page component, read from apps/web/src/routes.tsx (for the table only): a path's segments
 * joined along the nesting of `path:`/`children:`. Best effort; a page it cannot place shows no path.
 */
function pagePaths(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const source = resolve(ROOT, 'apps/web/src/routes.tsx');
  if (!existsSync(source)) return map;
  const text = readFileSync(source, 'utf8');
  const start = text.indexOf('export const routes');
  if (start < 0) return map;
  // Walk the object literal tracking brace depth; each `{` opens a route whose path (if any) is a prefix.
  const stack: (string | null)[] = [];
  const tokens = text.slice(start).matchAll(/\{|\}|path:\s*'([^']*)'|index:\s*true|element:\s*<(\w+)/g);
  for (const t of tokens) {
    if (t[0] === '{') stack.push(null);
    else if (t[0] === '}') stack.pop();
    else if (t[0].startsWith('path')) stack[stack.length - 1] = t[1]!;
    else if (t[0].startsWith('index')) stack[stack.length - 1] = stack.at(-1) ?? '';
    else if (t[2]) {
      const path = `/${stack.filter((s): s is string => s !== null && s !== '' && s !== '/').join('/')}`.replace(/\/+/g, '/');
      map.set(t[2], [...(map.get(t[2]) ?? []), path]);
    }
  }
  return map;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const initialPass = initial.gzip <= INITIAL_BUDGET;
console.log(`web build ${relative(ROOT, DIST)} (gzip -9 via node:zlib, 1 KB = 1024 bytes, JavaScript only)\n`);
console.log('| budget | files | gzipped | raw | limit | result |');
console.log('|---|---:|---:|---:|---:|---|');
console.log(
  `| initial JavaScript (entry + static imports) | ${initialFiles.length} | ${kb(initial.gzip)} | ${kb(initial.raw)} | ${kb(INITIAL_BUDGET)} | ${initialPass ? 'pass' : 'FAIL'} |`,
);
console.log('\n| route (page) | paths | files | route JS gzipped | limit | result | deferred, not budgeted (gzipped) | route + deferred |');
console.log('|---|---|---:|---:|---:|---|---:|---:|');
for (const r of routes)
  console.log(
    `| ${r.page} | ${r.paths.join(', ') || '?'} | ${r.files.length} | ${kb(r.gzip)} | ${kb(ROUTE_BUDGET)} | ${r.pass ? 'pass' : 'FAIL'} | ${
      r.deferredFiles.length ? `${kb(r.deferredGzip)} (${r.deferredFiles.length} files)` : '–'
    } | ${kb(r.gzip + r.deferredGzip)} |`,
  );
const failed = [...(initialPass ? [] : ['initial JavaScript']), ...routes.filter((r) => !r.pass).map((r) => r.page)];
const deferredOver = routes.filter((r) => r.gzip + r.deferredGzip > ROUTE_BUDGET);
if (deferredOver.length > 0)
  console.log(
    `\nnote: with their deferred chunks counted, ${deferredOver.map((r) => `${r.page} (${kb(r.gzip + r.deferredGzip)})`).join(', ')} would exceed ${kb(ROUTE_BUDGET)}; ` +
      'those chunks load after the page has shown its data, so the budget counts the route without them.',
  );

mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(ROOT, 'bench-results/web-budget.json'),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      dist: relative(ROOT, DIST),
      gzip: 'node:zlib level 9',
      budgets: { initialGzipBytes: INITIAL_BUDGET, routeGzipBytes: ROUTE_BUDGET },
      initial: {
        files: initialFiles.map((f) => ({ file: f, ...sizeOf(f) })),
        gzipBytes: initial.gzip,
        rawBytes: initial.raw,
        pass: initialPass,
      },
      routes: routes.map((r) => ({
        page: r.page,
        src: r.src,
        paths: r.paths,
        files: r.files.map((f) => ({ file: f, ...sizeOf(f) })),
        gzipBytes: r.gzip,
        rawBytes: r.raw,
        pass: r.pass,
        deferred: { files: r.deferredFiles.map((f) => ({ file: f, ...sizeOf(f) })), gzipBytes: r.deferredGzip },
        withDeferredGzipBytes: r.gzip + r.deferredGzip,
      })),
      pass: failed.length === 0,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nwrote bench-results/web-budget.json');
if (failed.length > 0) {
  console.error(`over budget: ${failed.join(', ')}`);
  process.exitCode = 1;
}

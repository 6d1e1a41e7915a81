/**
 * Issue 7's web figures, measured in headless Chromium against the app as `npm start` serves it
 * (on a fresh database with the demo data, like the browser tests):
 *   (a) the JavaScript the dashboard loads on first load, signed in as the demo hiring manager: every
 *       script Chromium requests while opening /dashboard until the reports and their charts are drawn,
 *       each gzipped with node:zlib (level 9; the server itself does not compress); and the initial JS
 *       every route shares (index.html's entry script and its modulepreloads, read from apps/web/dist);
 *   (b) the dashboard's largest-contentful-paint (PerformanceObserver 'largest-contentful-paint', the last
 *       entry once the reports are drawn), p50 over --loads loads, each in a new browser context (cold cache),
 *       after one unmeasured warm-up load.
 * It builds nothing itself: `npm start` runs the (Nx-cached) build and serves apps/web/dist, which vite writes.
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL; Chromium at CHROMIUM_PATH or
 * /usr/bin/chromium. Prints the figures and writes bench-results/web.json.
 *   flock /tmp/loopboard-browser.lock npm run measure:web [-- --loads 5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '@loopboard/api/database';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '5' } } });
const LOADS = Number(values.loads);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error('--loads must be a whole number of at least 1');

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MANAGER = { email: 'manager@loopboard.dev', password: 'loopboard-demo-2026' };
// The flags the browser tests use (test/support/browser.ts): no calling home on this closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);

interface ScriptFile {
  path: string;
  bytes: number;
  gzip: number;
}

/** index.html's entry script and modulepreloads: the JS every route loads before its own chunk. */
function sharedInitialJs(): ScriptFile[] {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  return paths.map((path) => {
    const bytes = readFileSync(resolve(DIST, `.${path}`));
    return { path, bytes: bytes.length, gzip: gzip(bytes) };
  });
}

/** Signs the context in as the hiring manager through the API (the session cookie lands in the context). */
async function signIn(context: BrowserContext, base: string): Promise<void> {
  const res = await context.request.post(`${base}/api/auth/sign-in`, { data: MANAGER });
  if (res.status() !== 200) throw new Error(`sign-in: ${res.status()} ${await res.text()}`);
}

/** Waits until the dashboard's reports are drawn: the funnel's summary and chart, and no report loading. */
async function dashboardDrawn(page: Page): Promise<void> {
  const funnel = page.getByRole('region', { name: 'Funnel', exact: true });
  await funnel.getByText(/^\d+ applications? · /).waitFor({ timeout: 60_000 });
  await funnel.locator('.chart svg.recharts-surface').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('section.report[aria-busy="true"]').length === 0, undefined, {
    timeout: 60_000,
  });
}

/** (a) One first load of /dashboard, signed in: every script Chromium fetched, with its gzip size. */
async function dashboardScripts(browser: Browser, base: string): Promise<ScriptFile[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await signIn(context, base);
    const page = await context.newPage();
    const pending: Promise<ScriptFile | null>[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (res.request().resourceType() !== 'script' && !url.pathname.endsWith('.js')) return;
      pending.push(
        res.body().then(
          (body) => ({ path: url.pathname, bytes: body.length, gzip: gzip(body) }),
          () => null,
        ),
      );
    });
    await page.goto(`${base}/dashboard`);
    await dashboardDrawn(page);
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(pending)).filter((f): f is ScriptFile => f !== null);
    return [...new Map(files.map((f) => [f.path, f])).values()];
  } finally {
    await context.close();
  }
}

interface LcpLoad {
  lcpMs: number;
  element: string;
  size: number;
  drawnMs: number;
  /** When the funnel report's response ended, and how long it took (Resource Timing). */
  funnelEndMs: number;
  funnelMs: number;
  /** When the last script finished downloading. */
  scriptsEndMs: number;
}

/** (b) One cold load of /dashboard in a new context: the final LCP entry, and when the reports were drawn. */
async function lcpLoad(browser: Browser, base: string): Promise<LcpLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await signIn(context, base);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const entries: { startTime: number; size: number; element: string }[] = [];
      (window as unknown as { __lcp: typeof entries }).__lcp = entries;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[]) {
          const el = e.element;
          const name = el
            ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`
            : '?';
          const label = el?.closest('section[aria-label]')?.getAttribute('aria-label');
          entries.push({ startTime: e.startTime, size: e.size, element: label ? `${name} in "${label}"` : name });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${base}/dashboard`);
    await dashboardDrawn(page);
    const drawnMs = await page.evaluate(() => performance.now());
    // Let the last paint land; LCP stops at the first input, and there is none.
    await page.waitForTimeout(1000);
    const entries = await page.evaluate(
      () => (window as unknown as { __lcp: { startTime: number; size: number; element: string }[] }).__lcp,
    );
    const last = entries.at(-1);
    if (!last) throw new Error('no largest-contentful-paint entry');
    const timing = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const funnel = resources.find((r) => new URL(r.name).pathname === '/api/analytics/funnel');
      const scripts = resources.filter((r) => new URL(r.name).pathname.endsWith('.js'));
      return {
        funnelEndMs: funnel?.responseEnd ?? NaN,
        funnelMs: funnel ? funnel.responseEnd - funnel.startTime : NaN,
        scriptsEndMs: Math.max(0, ...scripts.map((r) => r.responseEnd)),
      };
    });
    return { lcpMs: last.startTime, element: last.element, size: last.size, drawnMs, ...timing };
  } finally {
    await context.close();
  }
}

async function waitForHealth(url: string, app: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`npm start did not become healthy within 300 s:\n${output()}`);
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || !app.pid) return;
  const exited = new Promise((r) => app.once('exit', r));
  process.kill(-app.pid, 'SIGTERM');
  const timer = setTimeout(() => app.pid && process.kill(-app.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const server = await acquirePgServer();
const database = uniqueName('loopboard_measure_web');
const databaseUrl = await createDatabase(server.adminUrl, database);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// vite builds React's production code only when NODE_ENV is unset or "production".
const { NODE_ENV: _nodeEnv, ...withoutNodeEnv } = process.env;
const app = spawn('npm', ['start'], {
  cwd: ROOT,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...withoutNodeEnv,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NX_TUI: 'false',
    LOOPBOARD_DEMO_DATA: 'true',
    // Nx's cache key leaves NODE_ENV out, so a build made under vitest (NODE_ENV=test: React's development
    // build, jsxDEV) would be restored as is; rebuilding is the only way to measure what a user gets.
    NX_SKIP_NX_CACHE: 'true',
  },
});
let output = '';
app.stdout!.on('data', (d) => (output += d));
app.stderr!.on('data', (d) => (output += d));
let browser: Browser | undefined;

try {
  await waitForHealth(base, app, () => output);
  console.log(`npm start is serving ${base} (PostgreSQL: ${server.kind}); measuring in ${CHROMIUM}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();

  // (a) JavaScript on first load.
  const shared = sharedInitialJs();
  const loaded = await dashboardScripts(browser, base);
  const missing = shared.filter((s) => !loaded.some((l) => l.path === s.path));
  if (missing.length > 0) throw new Error(`the dashboard did not load the shared initial JS: ${missing.map((m) => m.path).join(', ')}`);
  const development = loaded.filter((f) => readFileSync(resolve(DIST, `.${f.path}`), 'utf8').includes('jsxDEV'));
  if (development.length > 0)
    throw new Error(
      `not a production build (React's jsxDEV in ${development.map((f) => f.path).join(', ')}): was it built with NODE_ENV set?`,
    );
  const sum = (files: ScriptFile[], key: 'bytes' | 'gzip') => files.reduce((total, f) => total + f[key], 0);
  const dashboardOnly = loaded.filter((l) => !shared.some((s) => s.path === l.path));

  // (b) Largest-contentful-paint: one warm-up (server caches, JIT), then LOADS cold-cache loads.
  await lcpLoad(browser, base);
  const loads: LcpLoad[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await lcpLoad(browser, base));
  const lcps = loads.map((l) => l.lcpMs);
  const elements = [...new Set(loads.map((l) => l.element))];

  const results = [
    {
      figure: `dashboard JavaScript on first load, signed in (${loaded.length} files fetched by Chromium, gzip -9 via node:zlib)`,
      value: `${kb(sum(loaded, 'gzip'))} gzipped (${kb(sum(loaded, 'bytes'))} raw)`,
    },
    {
      figure: `initial JavaScript shared by every route (index.html entry + ${shared.length - 1} modulepreload)`,
      value: `${kb(sum(shared, 'gzip'))} gzipped (${kb(sum(shared, 'bytes'))} raw)`,
    },
    {
      figure: `dashboard's own chunks (route, charts, shared chunks it pulls in: ${dashboardOnly.length} files)`,
      value: `${kb(sum(dashboardOnly, 'gzip'))} gzipped (${kb(sum(dashboardOnly, 'bytes'))} raw)`,
    },
    {
      figure: `dashboard largest-contentful-paint, headless Chromium ${chromiumVersion} on localhost, ${LOADS} cold-cache loads`,
      value: `p50 ${median(lcps).toFixed(0)} ms (min ${Math.min(...lcps).toFixed(0)}, max ${Math.max(...lcps).toFixed(0)}, p95 ${quantile(lcps, 0.95).toFixed(0)}); LCP element: ${elements.join(' / ')}`,
    },
    {
      figure: 'for reference: every report drawn (funnel summary and chart shown, no report loading), same loads',
      value: `p50 ${median(loads.map((l) => l.drawnMs)).toFixed(0)} ms`,
    },
    {
      figure: 'for reference: where the time goes, same loads (p50; from navigation start)',
      value: `last script downloaded ${median(loads.map((l) => l.scriptsEndMs)).toFixed(0)} ms; GET /api/analytics/funnel answered ${median(loads.map((l) => l.funnelEndMs)).toFixed(0)} ms (took ${median(loads.map((l) => l.funnelMs)).toFixed(0)} ms)`,
    },
  ];
  const width = Math.max(...results.map((r) => r.figure.length));
  for (const r of results) console.log(`${r.figure.padEnd(width)}  ${r.value}`);
  console.log('\nscripts the dashboard loaded (gzip / raw):');
  for (const f of [...loaded].sort((a, b) => b.gzip - a.gzip))
    console.log(
      `  ${f.path.padEnd(56)} ${kb(f.gzip).padStart(9)} / ${kb(f.bytes).padStart(9)}${shared.some((s) => s.path === f.path) ? '  (shared)' : ''}`,
    );

  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/web.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        chromium: chromiumVersion,
        results,
        javascript: {
          dashboardFirstLoad: { files: loaded.length, gzipBytes: sum(loaded, 'gzip'), rawBytes: sum(loaded, 'bytes') },
          sharedInitial: { files: shared.length, gzipBytes: sum(shared, 'gzip'), rawBytes: sum(shared, 'bytes') },
          scripts: loaded.map((f) => ({ ...f, shared: shared.some((s) => s.path === f.path) })),
        },
        largestContentfulPaint: {
          loads: LOADS,
          p50Ms: Math.round(median(lcps)),
          samplesMs: lcps.map((x) => Math.round(x)),
          elements,
          reportsDrawnMs: loads.map((l) => Math.round(l.drawnMs)),
          lastScriptMs: loads.map((l) => Math.round(l.scriptsEndMs)),
          funnelAnsweredMs: loads.map((l) => Math.round(l.funnelEndMs)),
          funnelRequestMs: loads.map((l) => Math.round(l.funnelMs)),
        },
      },
      null,
      2,
    ) + '\n',
  );
  console.log('\nwrote bench-results/web.json');
} finally {
  await browser?.close();
  await stopApp(app);
  await dropDatabase(server.adminUrl, database);
  await server.stop();
}

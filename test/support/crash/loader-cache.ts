import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Module resolution and swc output cached on disk for the API processes of one crash run: each
 * restart otherwise asks swc-node to resolve every import again (a quarter of the ~7 CPU-seconds
 * a start costs) and to compile every TypeScript file again. Registered after swc-node, so it runs
 * first; a miss falls through to swc-node. The cache lives in a temporary directory removed after
 * the run, so sources cannot change under it (compiled files are keyed by path, mtime and size anyway).
 */
const HOOKS = String.raw`
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
let dir;
let resolved = new Map();
let timer;
export function initialize(data) {
  dir = data.dir;
  mkdirSync(dir, { recursive: true });
  try { resolved = new Map(Object.entries(JSON.parse(readFileSync(dir + '/resolve.json', 'utf8')))); } catch {}
}
function save(file, text) {
  const tmp = file + '.' + process.pid + '.' + Math.random().toString(36).slice(2);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
export async function resolve(specifier, context, nextResolve) {
  const key = specifier + '\u0000' + (context.parentURL ?? '') + '\u0000' + (context.conditions ?? []).join(',');
  const hit = resolved.get(key);
  if (hit) return { url: hit.url, format: hit.format ?? undefined, shortCircuit: true };
  const result = await nextResolve(specifier, context);
  if (result.url.startsWith('file:') || result.url.startsWith('node:')) {
    resolved.set(key, { url: result.url, format: result.format ?? null });
    clearTimeout(timer);
    timer = setTimeout(() => save(dir + '/resolve.json', JSON.stringify(Object.fromEntries(resolved))), 200);
    timer.unref?.();
  }
  return result;
}
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\.tsx?$/.test(url)) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const st = statSync(path);
  const file = dir + '/' + createHash('sha1').update(path + '\u0000' + st.mtimeMs + '\u0000' + st.size).digest('hex') + '.json';
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    return { format: cached.format, source: cached.source, shortCircuit: true };
  } catch {}
  const result = await nextLoad(url, context);
  if (result.source != null) save(file, JSON.stringify({ format: result.format, source: String(result.source) }));
  return result;
}
`;

export interface LoaderCache {
  /** Pass to node as --import, after @swc-node/register/esm-register. */
  register: string;
  remove(): void;
}

export function createLoaderCache(): LoaderCache {
  const dir = mkdtempSync(join(tmpdir(), 'loopboard-crash-'));
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url, { data: { dir: ${JSON.stringify(join(dir, 'cache'))} } });\n`,
  );
  return { register: join(dir, 'register.mjs'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

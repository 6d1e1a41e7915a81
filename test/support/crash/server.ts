import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { freePort } from '@loopboard/api/database';
import { createLoaderCache, type LoaderCache } from './loader-cache.js';

const REPO = resolve(import.meta.dirname, '../../..');
const ENTRY = resolve(import.meta.dirname, 'api-entry.ts');

interface Proc {
  child: ChildProcess;
  output: string[];
  exited: boolean;
  /** Its modules are loaded (api-entry.ts said so): it starts in the time createApp takes. */
  loaded: boolean;
}

/**
 * The API as its own OS process (its TypeScript through swc, so no build is needed), on one
 * port, started on a database given at start, so it can be SIGKILLed and started again on the
 * same one. `spares` processes (2 by default) are spawned ahead and load their modules meanwhile;
 * a restart then only builds the app and connects (see api-entry.ts).
 */
export class ApiProcess {
  private current: Proc | undefined;
  private spares: Proc[] = [];
  private readonly cache: LoaderCache = createLoaderCache();
  readonly baseUrl: string;

  private constructor(
    readonly port: number,
    private readonly spareCount: number,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  static async create(options: { spares?: number } = {}): Promise<ApiProcess> {
    const api = new ApiProcess(await freePort(), options.spares ?? 2);
    api.topUp();
    return api;
  }

  private topUp(): void {
    this.spares = this.spares.filter((p) => !p.exited);
    while (this.spares.length < Math.max(1, this.spareCount)) this.spares.push(this.spawn());
  }

  get pid(): number | undefined {
    return this.current?.child.pid;
  }

  private spawn(): Proc {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', '--import', this.cache.register, ENTRY], {
      cwd: REPO,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: resolve(REPO, 'apps/api/tsconfig.json'),
        PORT: String(this.port),
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.CRASH_LOG_LEVEL ?? 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const proc: Proc = { child, output: [], exited: false, loaded: false };
    const keep = (chunk: Buffer) => {
      if (!proc.loaded && chunk.toString().includes('crash-api loaded')) proc.loaded = true;
      proc.output.push(chunk.toString());
      if (proc.output.length > 200) proc.output.splice(0, proc.output.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.stdin!.on('error', () => undefined);
    child.once('exit', () => (proc.exited = true));
    return proc;
  }

  /**
   * Starts a process (the spare if there is one) on the database and resolves once /api/health
   * answers 200, with the time that took in ms.
   */
  async start(databaseUrl: string, timeoutMs = 90_000): Promise<number> {
    if (this.current) throw new Error('already running');
    const began = performance.now();
    this.topUp();
    // A loaded spare if there is one, else the one that has been loading longest.
    const proc = this.spares.find((p) => p.loaded) ?? this.spares[0]!;
    this.spares.splice(this.spares.indexOf(proc), 1);
    this.current = proc;
    proc.child.stdin!.write(`${databaseUrl}\n`);
    while (performance.now() - began < timeoutMs) {
      if (proc.exited) {
        this.current = undefined;
        throw new Error(`API exited while starting:\n${log(proc)}`);
      }
      try {
        const res = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) {
          if (this.spareCount > 0) this.topUp();
          return performance.now() - began;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    await this.kill();
    throw new Error(`API did not answer /api/health within ${timeoutMs} ms:\n${log(proc)}`);
  }

  /** SIGKILL: no shutdown hook runs; open transactions die with their connections. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const proc = this.current;
    this.current = undefined;
    if (proc) await killNow(proc);
  }

  /** Ends everything: the running process gracefully (SIGTERM), the spare at once. */
  async stop(): Promise<void> {
    const spares = this.spares;
    this.spares = [];
    await Promise.all(spares.map(killNow));
    const proc = this.current;
    this.current = undefined;
    if (proc && !proc.exited) {
      const gone = once(proc.child, 'exit');
      proc.child.kill('SIGTERM');
      const timer = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    }
    this.cache.remove();
  }

  log(): string {
    return this.current ? log(this.current) : '';
  }
}

async function killNow(proc: Proc): Promise<void> {
  if (proc.exited) return;
  const gone = once(proc.child, 'exit');
  proc.child.kill('SIGKILL');
  await gone;
}

function log(proc: Proc): string {
  return proc.output.join('').slice(-4000);
}

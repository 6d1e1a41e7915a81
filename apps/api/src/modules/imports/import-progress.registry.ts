import type { ImportProgress } from '@loopboard/contracts';

/** How long a finished commit's progress stays readable, so a slow poll still sees "done" or "failed". */
const KEEP_FINISHED_MS = 10 * 60_000;

type Phase = ImportProgress['phase'];

interface Entry {
  progress: ImportProgress;
  /** Set once the commit finished; the entry is dropped after this time. */
  expiresAt: number | null;
}

/** Feeds one commit's progress into the registry; a no-op when another commit of the import is already tracked. */
export interface ImportProgressTracker {
  /** The use case's ProgressListener: people written so far, of how many. */
  readonly onProgress: (done: number, total: number) => void;
  finish(): void;
  fail(): void;
  /** Forget this commit (it never started: unknown or already committed import), so the stored state speaks. */
  discard(): void;
}

const ignore = (): void => undefined;
const NO_OP_TRACKER: ImportProgressTracker = { onProgress: ignore, finish: ignore, fail: ignore, discard: ignore };

/**
 * Where each running import commit is. The commit writes in one transaction, so nothing of
 * it is visible in the database until it ends; its progress lives in this process's memory.
 * With several API instances, a progress poll must reach the instance that runs the commit
 * (sticky sessions); another instance answers from the database only ("idle" until committed).
 */
export class ImportProgressRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly keepFinishedMs = KEEP_FINISHED_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Starts tracking a commit in phase "matching". A second commit of the same import while the
   * first runs waits on the batch's row lock and then fails; it must not overwrite the first's progress.
   */
  begin(importId: string): ImportProgressTracker {
    this.sweep();
    const running = this.entries.get(importId);
    if (running && isRunning(running.progress.phase)) return NO_OP_TRACKER;
    const entry: Entry = { progress: { importId, phase: 'matching', done: 0, total: 0 }, expiresAt: null };
    this.entries.set(importId, entry);
    const end = (phase: Phase) => {
      if (this.entries.get(importId) !== entry) return;
      const { total } = entry.progress;
      entry.progress = { importId, phase, done: phase === 'done' ? total : entry.progress.done, total };
      entry.expiresAt = this.now() + this.keepFinishedMs;
    };
    return {
      onProgress: (done, total) => {
        if (this.entries.get(importId) === entry) entry.progress = { importId, phase: 'writing', done, total };
      },
      finish: () => end('done'),
      fail: () => end('failed'),
      discard: () => {
        if (this.entries.get(importId) === entry) this.entries.delete(importId);
      },
    };
  }

  /** The tracked progress of an import, or undefined when this process has none (or it expired). */
  get(importId: string): ImportProgress | undefined {
    this.sweep();
    const entry = this.entries.get(importId);
    return entry && { ...entry.progress };
  }

  // Lazy expiry on every access keeps the map as small as the recent commits, without a timer to clean up.
  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.entries.delete(id);
    }
  }
}

function isRunning(phase: Phase): boolean {
  return phase === 'matching' || phase === 'writing';
}

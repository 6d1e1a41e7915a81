import { ErrorCode, type ImportCommitResult, type ImportProgress } from '@loopboard/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { PROGRESS_POLL_MS } from '../utils/importQueries';
import { importsApi } from '../utils/importsApi';
import { useImportProgress } from './useImportProgress';

/**
 * Whether a failed commit request may still have done (or be doing) its work on the server:
 * the answer was lost (network), the server broke after starting (5xx), or another request
 * committed it first (409 IMPORT_ALREADY_COMMITTED). Then the outcome is asked of the server.
 */
export function mayStillCommit(error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  return error.code === 'NETWORK_ERROR' || error.status >= 500 || error.code === ErrorCode.IMPORT_ALREADY_COMMITTED;
}

export type RecoveryState = 'off' | 'checking' | 'failed' | 'not-committed';

/** While the server cannot be reached, ask less often. */
const OFFLINE_POLL_MS = 2000;

/**
 * The commit is one long POST. While it runs, its progress is polled for the bar. When it failed
 * in a way that says nothing about the outcome (`check()`), this polls the progress afresh (no
 * answer fetched before the failure counts) until the phase is `done` or `idle` (what a server
 * without the commit in memory answers), then loads the batch and hands its result to
 * `onCommitted`; `failed` ends with the failure shown; an uncommitted batch with `not-committed`.
 */
export function useCommitRecovery(importId: string, committing: boolean, onCommitted: (result: ImportCommitResult) => void) {
  const [state, setState] = useState<RecoveryState>('off');
  const [checked, setChecked] = useState<ImportProgress | undefined>(undefined);
  const polled = useImportProgress(importId, committing && state === 'off');
  const onCommittedRef = useRef(onCommitted);
  useEffect(() => {
    onCommittedRef.current = onCommitted;
  });

  useEffect(() => {
    if (state !== 'checking') return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let wait = PROGRESS_POLL_MS;
      try {
        const progress = await importsApi.progress(importId, controller.signal);
        setChecked(progress);
        if (progress.phase === 'failed') {
          setState('failed');
          return;
        }
        if (progress.phase === 'done' || progress.phase === 'idle') {
          const batch = await importsApi.get(importId, controller.signal);
          if (batch.status === 'committed' && batch.result) onCommittedRef.current(batch.result);
          else setState('not-committed');
          return;
        }
      } catch {
        if (controller.signal.aborted) return;
        wait = OFFLINE_POLL_MS;
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void poll(), wait);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [state, importId]);

  const check = useCallback(() => {
    setChecked(undefined);
    setState('checking');
  }, []);
  const reset = useCallback(() => setState('off'), []);

  return {
    progress: state === 'off' ? polled.data : (checked ?? polled.data),
    state,
    /** Start asking the server how the commit ended (after the request failed with `mayStillCommit`). */
    check,
    reset,
  };
}

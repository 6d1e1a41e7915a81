import { ErrorCode, type CompetencyKey, type Scorecard } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { toRequestRatings, valuesOf, type ScorecardValues } from '../utils/scorecardDraft';
import { scorecardQueries, scorecardQueryKeys } from '../utils/scorecardQueries';
import { scorecardsApi } from '../utils/scorecardsApi';

/** Wait this long after the last change before saving the draft. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict'; currentVersion: number | undefined }
  | { kind: 'error'; error: unknown };

/**
 * The draft being edited, saved ~800 ms after the last change with the version it started from.
 * Saves never overlap: a change made while one is in flight is saved after it. A 409 stops saving
 * and keeps the unsaved values (so the page can show them) until the user loads the latest.
 */
export function useScorecardDraft(interviewId: string, initial: Scorecard | null, focus: readonly CompetencyKey[]) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ScorecardValues>(() => valuesOf(initial, focus));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const valuesRef = useRef(values);
  const versionRef = useRef(initial?.version ?? 0);
  const savedRef = useRef<Scorecard | null>(initial);
  const dirtyRef = useRef(false);
  const blockedRef = useRef(false);
  const inFlightRef = useRef<Promise<unknown> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    while (inFlightRef.current) await inFlightRef.current.catch(() => undefined);
    if (blockedRef.current) return false;
    if (!dirtyRef.current) return true;
    dirtyRef.current = false;
    const sent = valuesRef.current;
    setStatus({ kind: 'saving' });
    const request = scorecardsApi.save(interviewId, {
      version: versionRef.current,
      ratings: toRequestRatings(sent.ratings),
      recommendation: sent.recommendation,
    });
    inFlightRef.current = request;
    try {
      const saved = await request;
      versionRef.current = saved.version;
      savedRef.current = saved;
      queryClient.setQueryData(scorecardQueryKeys.mine(interviewId), saved);
      setStatus(dirtyRef.current ? { kind: 'saving' } : { kind: 'saved', at: saved.updatedAt });
      return true;
    } catch (error) {
      dirtyRef.current = true;
      const code = isApiRequestError(error) ? error.code : null;
      if (code === ErrorCode.SCORECARD_VERSION_CONFLICT || code === ErrorCode.SCORECARD_EXISTS) {
        // Saved (or created) in another tab or window: stop until the user has seen what did not save.
        blockedRef.current = true;
        setStatus({ kind: 'conflict', currentVersion: isApiRequestError(error) ? error.numberDetail('currentVersion') : undefined });
      } else if (code === ErrorCode.SCORECARD_SUBMITTED) {
        // Submitted elsewhere: it is locked now; the page shows the submitted copy (with Amend).
        blockedRef.current = true;
        setStatus({ kind: 'error', error });
        void queryClient.invalidateQueries({ queryKey: scorecardQueryKeys.mine(interviewId) });
      } else setStatus({ kind: 'error', error });
      return false;
    } finally {
      inFlightRef.current = null;
    }
  }, [interviewId, queryClient]);

  const change = useCallback(
    (next: ScorecardValues) => {
      valuesRef.current = next;
      setValues(next);
      dirtyRef.current = true;
      if (blockedRef.current) return;
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a conflict: take the server's copy (the page has told the user what was not saved). */
  const loadLatest = useCallback(async () => {
    const latest = await queryClient.fetchQuery({ ...scorecardQueries.mine(interviewId), staleTime: 0 });
    const next = valuesOf(latest, focus);
    valuesRef.current = next;
    setValues(next);
    versionRef.current = latest.version;
    savedRef.current = latest;
    dirtyRef.current = false;
    blockedRef.current = false;
    setStatus({ kind: 'idle' });
    return latest;
  }, [focus, interviewId, queryClient]);

  // Closing the tab with a change not yet saved asks first (the browser's own prompt).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || inFlightRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Leaving the page within the debounce still saves what was typed.
  useEffect(
    () => () => {
      if (timerRef.current && dirtyRef.current && !blockedRef.current) void flush();
    },
    [flush],
  );

  return { values, change, flush, loadLatest, status, version: () => versionRef.current, saved: () => savedRef.current };
}

import { useQuery } from '@tanstack/react-query';
import { importQueries } from '../utils/importQueries';

/** How far a commit got, polled while `polling` (the commit request is still running). */
export function useImportProgress(importId: string, polling: boolean) {
  return useQuery({ ...importQueries.progress(importId), enabled: polling });
}

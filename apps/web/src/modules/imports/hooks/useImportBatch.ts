import { useQuery } from '@tanstack/react-query';
import { importQueries } from '../utils/importQueries';

export function useImportBatch(importId: string | undefined, enabled: boolean) {
  return useQuery({ ...importQueries.batch(importId ?? ''), enabled: enabled && Boolean(importId) });
}

import type { AuditQuery } from '@loopboard/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { auditQueries } from '../utils/auditQueries';

export function useAuditEntries(query: AuditQuery) {
  return useInfiniteQuery(auditQueries.entries(query));
}

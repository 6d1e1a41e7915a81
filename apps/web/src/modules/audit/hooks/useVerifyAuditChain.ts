import { useMutation } from '@tanstack/react-query';
import { auditApi } from '../utils/auditApi';

/** Re-checks every entry's hash on demand (it reads the whole log, so not on every page view). */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => auditApi.verify() });
}

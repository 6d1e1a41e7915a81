import { ErrorCode, type MergeCandidatesRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../api/ApiRequestError';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../../candidates/utils/candidateQueries';
import { duplicateQueryKeys } from '../utils/duplicateQueries';
import { duplicatesApi } from '../utils/duplicatesApi';

/** Merges one candidate into another; the source disappears, so every list that could show it is refreshed. */
export function useMergeCandidates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MergeCandidatesRequest) => duplicatesApi.merge(request),
    onSuccess: async (target, request) => {
      queryClient.removeQueries({ queryKey: candidateQueryKeys.detail(request.sourceId) });
      queryClient.setQueryData(candidateQueryKeys.detail(target.id), target);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: duplicateQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.lists() }),
        // The target's profile and its history (whose key starts with the detail's) now hold the source's evidence.
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.detail(target.id) }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
    onError: async (error) => {
      // A conflict or a vanished candidate means the list on screen is stale: show the pairs as they are now.
      if (
        isApiRequestError(error) &&
        (error.code === ErrorCode.CANDIDATE_VERSION_CONFLICT || error.code === ErrorCode.CANDIDATE_NOT_FOUND)
      ) {
        await queryClient.invalidateQueries({ queryKey: duplicateQueryKeys.all });
      }
    },
  });
}

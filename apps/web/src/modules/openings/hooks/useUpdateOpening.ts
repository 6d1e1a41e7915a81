import type { OpeningDetail, UpdateOpeningRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueries, openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';

/** PATCHes an opening's facts and team from the version shown; `reload` fetches the latest after a 409. */
export function useUpdateOpening(openingId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (request: UpdateOpeningRequest) => openingsApi.update(openingId, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(openingQueryKeys.detail(openingId), saved);
      await queryClient.invalidateQueries({ queryKey: openingQueryKeys.lists() });
    },
  });
  const reload = (): Promise<OpeningDetail> => queryClient.fetchQuery({ ...openingQueries.detail(openingId), staleTime: 0 });
  return { ...mutation, reload };
}

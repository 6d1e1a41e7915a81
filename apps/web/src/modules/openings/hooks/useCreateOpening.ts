import type { CreateOpeningRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';

export function useCreateOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateOpeningRequest) => openingsApi.create(request),
    onSuccess: async (created) => {
      queryClient.setQueryData(openingQueryKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: openingQueryKeys.lists() });
    },
  });
}

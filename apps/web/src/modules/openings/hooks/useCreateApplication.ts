import type { CreateApplicationRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';
import { useRefreshPipeline } from './useRefreshPipeline';

export function useCreateApplication(openingId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPipeline(openingId);
  return useMutation({
    mutationFn: (request: CreateApplicationRequest) => openingsApi.createApplication(request),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: openingQueryKeys.applications(openingId) }), refresh()]),
  });
}

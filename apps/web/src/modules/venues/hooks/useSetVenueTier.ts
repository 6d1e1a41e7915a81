import type { SetVenueTierRequest, Venue } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../../candidates/utils/candidateQueries';
import { sortVenues } from '../utils/sortVenues';
import { venuesApi } from '../utils/venuesApi';

/** Saves one venue's tier and full name. Signals read tiers live, so every candidate view is stale afterwards. */
export function useSetVenueTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ venue, request }: { venue: string; request: SetVenueTierRequest }) => venuesApi.set(venue, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData<Venue[]>(candidateQueryKeys.venues(), (venues) =>
        venues ? sortVenues([...venues.filter((v) => v.venue !== saved.venue), saved]) : venues,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.venues() }),
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}

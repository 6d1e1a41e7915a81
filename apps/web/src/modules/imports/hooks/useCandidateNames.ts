import { useQueries } from '@tanstack/react-query';
import { candidateQueries } from '../../candidates/utils/candidateQueries';

/** The display names of a few candidates (the first ones an import created), by id; missing while loading or if one failed. */
export function useCandidateNames(candidateIds: string[]): Map<string, string> {
  return useQueries({
    queries: candidateIds.map((id) => ({ ...candidateQueries.detail(id), staleTime: 60_000 })),
    combine: (results) => {
      const names = new Map<string, string>();
      results.forEach((result, index) => {
        if (result.data) names.set(candidateIds[index], result.data.displayName);
      });
      return names;
    },
  });
}

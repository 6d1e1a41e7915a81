import { useQuery } from '@tanstack/react-query';
import { interviewQueries } from '../utils/interviewQueries';

/** The interview-type library, in display order. */
export function useInterviewTypes() {
  return useQuery(interviewQueries.types());
}

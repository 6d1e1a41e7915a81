import { useQuery } from '@tanstack/react-query';
import { interviewQueries } from '../utils/interviewQueries';

/** One interview type with its kit. */
export function useInterviewType(key: string) {
  return useQuery(interviewQueries.type(key));
}

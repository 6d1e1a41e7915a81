import type { DuplicateReason } from '@loopboard/contracts';

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  'same-name': 'Same name',
  'same-name-shared-coauthor': 'Same name and a shared co-author',
  'initial-and-family-name': 'Same family name and initial',
};

/** The actions and entity types the API records today, offered as filter choices. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'user.created',
  'user.updated',
  'role.weights_changed',
  'candidate.created',
  'candidate.updated',
  'candidate.archived',
  'candidate.unarchived',
  'candidate.encounter_added',
  'candidate.merged',
  'candidate.merged_from_import',
  'candidate.erased',
  'duplicate.dismissed',
  'import.committed',
  'venue.tier_set',
] as const;

export const AUDIT_ENTITY_TYPES = ['user', 'role', 'session', 'candidate', 'import_batch', 'venue'] as const;

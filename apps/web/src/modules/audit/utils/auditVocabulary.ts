/** The actions and entity types the API records today, offered as filter choices. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'user.created',
  'user.updated',
  'role.weights_changed',
] as const;

export const AUDIT_ENTITY_TYPES = ['user', 'role', 'session'] as const;

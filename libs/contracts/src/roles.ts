import type { Weights } from './competencies.js';

export interface RoleWeightsVersion {
  roleId: string;
  version: number;
  weights: Weights;
  note: string | null;
  createdAt: string;
}

export interface Role {
  id: string;
  key: string;
  name: string;
  description: string;
  current: RoleWeightsVersion;
}

export interface RoleWeightsVersionSummary {
  version: number;
  note: string | null;
  createdAt: string;
}

/**
 * A new weights version. `baseVersion` is the version the editor started from:
 * if someone saved a newer one meanwhile the server answers 409 instead of
 * silently overwriting their change.
 */
export interface CreateRoleWeightsVersionRequest {
  baseVersion: number;
  weights: Weights;
  note?: string;
}

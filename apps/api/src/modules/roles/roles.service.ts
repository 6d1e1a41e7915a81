import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMPETENCY_KEYS, ErrorCode, type Competency, type CompetencyKey, type Role, type RoleWeightsVersion, type RoleWeightsVersionSummary, type Weights } from '@loopboard/contracts';
import { validateWeights } from '@loopboard/domain-scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { refreshApplicationScores } from '../scorecards/score-aggregates.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { CreateRoleWeightsVersionDto } from './roles.dto.js';
import { RoleWeightEntity } from './entities/role-weight.entity.js';
import { RoleWeightsVersionEntity } from './entities/role-weights-version.entity.js';
import { RoleEntity } from './entities/role.entity.js';

interface VersionRow {
  role_id: string;
  version: number;
  note: string | null;
  created_at: Date;
  weights: Record<string, number>;
}

interface RoleRow extends VersionRow {
  id: string;
  key: string;
  name: string;
  description: string;
}

// Weights of a version folded into one JSON object per row.
const WEIGHTS_SQL = `(SELECT jsonb_object_agg(w.competency_key, w.weight) FROM role_weight w WHERE w.weights_version_id = v.id)`;

@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async weightsOf(tx: EntityManager, roleId: string, version: number): Promise<Weights> {
    const rows: { competency_key: CompetencyKey; weight: number }[] = await tx.query(
      `SELECT w.competency_key, w.weight FROM role_weight w JOIN role_weights_version v ON v.id = w.weights_version_id WHERE v.role_id = $1 AND v.version = $2`,
      [roleId, version],
    );
    return Object.fromEntries(rows.map((r) => [r.competency_key, r.weight])) as Weights;
  }

  async listCompetencies(): Promise<Competency[]> {
    return this.db.query(`SELECT key, name, description FROM competency ORDER BY position`);
  }

  async listRoles(): Promise<Role[]> {
    const rows: RoleRow[] = await this.db.query(
      `SELECT r.id, r.key, r.name, r.description, v.role_id, v.version, v.note, v.created_at, ${WEIGHTS_SQL} AS weights
         FROM role r JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
        ORDER BY r.position, r.name`,
    );
    return rows.map(toRole);
  }

  async getRole(roleId: string): Promise<Role> {
    const rows: RoleRow[] = await this.db.query(
      `SELECT r.id, r.key, r.name, r.description, v.role_id, v.version, v.note, v.created_at, ${WEIGHTS_SQL} AS weights
         FROM role r JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
        WHERE r.id = $1`,
      [roleId],
    );
    if (!rows[0]) throw roleNotFound(roleId);
    return toRole(rows[0]);
  }

  async listVersions(roleId: string): Promise<RoleWeightsVersionSummary[]> {
    await this.getRole(roleId);
    const rows: VersionRow[] = await this.db.query(
      `SELECT version, note, created_at FROM role_weights_version WHERE role_id = $1 ORDER BY version DESC`,
      [roleId],
    );
    return rows.map((r) => ({ version: r.version, note: r.note, createdAt: r.created_at.toISOString() }));
  }

  async getVersion(roleId: string, version: number): Promise<RoleWeightsVersion> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT v.role_id, v.version, v.note, v.created_at, ${WEIGHTS_SQL} AS weights
         FROM role_weights_version v WHERE v.role_id = $1 AND v.version = $2`,
      [roleId, version],
    );
    if (!rows[0]) {
      await this.getRole(roleId);
      throw new DomainError(ErrorCode.ROLE_VERSION_NOT_FOUND, `Role ${roleId} has no weights version ${version}`, [
        { field: 'version', reason: 'does not exist for this role' },
      ]);
    }
    return toVersion(rows[0]);
  }

  /**
   * Saves new weights as the next version. The role's current_version moves by a
   * conditional UPDATE in the same transaction, so of two editors who started
   * from the same version exactly one wins and the other gets a 409.
   */
  async createVersion(ctx: RequestContext, roleId: string, input: CreateRoleWeightsVersionDto): Promise<RoleWeightsVersion> {
    const weights = pickWeights(input.weights);
    const problems = validateWeights(weights);
    if (problems.length) {
      throw new DomainError(ErrorCode.WEIGHTS_INVALID, `Weights are invalid: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`, problems);
    }
    const version = await this.db.transaction(async (tx) => {
      const moved = await tx
        .createQueryBuilder()
        .update(RoleEntity)
        .set({ currentVersion: () => 'current_version + 1', updatedAt: () => 'now()' })
        .where('id = :roleId AND current_version = :baseVersion', { roleId, baseVersion: input.baseVersion })
        .execute();
      // The row matched only if it was still at baseVersion, so it is now at baseVersion + 1.
      const next = input.baseVersion + 1;
      if (moved.affected !== 1) {
        const current = await tx.findOne(RoleEntity, { where: { id: roleId }, select: { id: true, currentVersion: true } });
        if (!current) throw roleNotFound(roleId);
        throw new DomainError(
          ErrorCode.WEIGHTS_VERSION_CONFLICT,
          `These weights were edited from version ${input.baseVersion}, but version ${current.currentVersion} has been saved since; reload and apply your change again`,
          [{ field: 'baseVersion', reason: `is not the current version (${current.currentVersion})` }],
          { currentVersion: current.currentVersion },
        );
      }
      const previous = await this.weightsOf(tx, roleId, input.baseVersion);
      const note = input.note?.trim() || null;
      const inserted = await tx.insert(RoleWeightsVersionEntity, { roleId, version: next, note });
      const weightsVersionId = (inserted.identifiers[0] as { id: string }).id;
      await tx.insert(
        RoleWeightEntity,
        COMPETENCY_KEYS.map((key) => ({ weightsVersionId, competencyKey: key, weight: weights[key] })),
      );
      // Every kept score of the role's applications is re-weighted in the same transaction.
      await refreshApplicationScores(tx, { roleId });
      await this.audit.record(tx, ctx, {
        action: 'role.weights_changed',
        entityType: 'role',
        entityId: roleId,
        changes: { version: { from: input.baseVersion, to: next }, weights: { from: previous, to: weights }, ...(note ? { note } : {}) },
      });
      return next;
    });
    return this.getVersion(roleId, version);
  }
}

function pickWeights(input: Weights): Weights {
  const out = {} as Weights;
  for (const key of COMPETENCY_KEYS) out[key] = input[key];
  return out;
}

function roleNotFound(roleId: string): DomainError {
  return new DomainError(ErrorCode.ROLE_NOT_FOUND, `No role with id ${roleId}`, [{ field: 'roleId', reason: 'no role has this id' }]);
}

function toVersion(row: VersionRow): RoleWeightsVersion {
  const weights = {} as Weights;
  for (const key of COMPETENCY_KEYS) weights[key] = Number(row.weights?.[key] ?? 0);
  return { roleId: row.role_id, version: row.version, weights, note: row.note, createdAt: row.created_at.toISOString() };
}

function toRole(row: RoleRow): Role {
  return { id: row.id, key: row.key, name: row.name, description: row.description, current: toVersion(row) };
}

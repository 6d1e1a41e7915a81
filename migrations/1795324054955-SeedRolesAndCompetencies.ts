import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data from DESIGN.md: the eight competencies and the six role
 * templates with their default weights as version 1. Admins change weights by
 * adding versions, never by editing these rows.
 */
const COMPETENCIES: [key: string, name: string, description: string][] = [
  ['ml', 'ML knowledge', 'Modelling, evaluation and theory such as the bias–variance trade-off'],
  ['math', 'Mathematics', 'Linear algebra, probability and statistics'],
  ['swe', 'Software engineering', 'Coding, debugging and code quality'],
  ['data', 'Data engineering', 'Pipelines, storage, SQL and distributed data'],
  ['ops', 'Production & MLOps', 'Deployment, monitoring and infrastructure'],
  ['research', 'Research depth', 'Originality, execution and judgement'],
  ['comms', 'Communication', 'Communication and technical writing'],
  ['product', 'Product sense', 'Product and business sense'],
];

type Row = [key: string, name: string, description: string, weights: [number, number, number, number, number, number, number, number]];

// Columns: ml, math, swe, data, ops, research, comms, product (each row sums to 1).
const ROLES: Row[] = [
  ['ml-engineer', 'ML engineer', 'Builds and ships models: needs both ML depth and engineering.', [0.25, 0.1, 0.25, 0.05, 0.15, 0.05, 0.1, 0.05]],
  ['ml-researcher', 'ML researcher', 'Advances methods: leans to ML, mathematics and research depth.', [0.25, 0.2, 0.1, 0, 0, 0.3, 0.15, 0]],
  ['data-scientist', 'Data scientist', 'Turns data into decisions: analysis, communication and product sense.', [0.15, 0.15, 0.1, 0.15, 0, 0, 0.25, 0.2]],
  ['data-engineer', 'Data engineer', 'Builds the pipelines and storage that models depend on.', [0.1, 0, 0.3, 0.35, 0.1, 0, 0.1, 0.05]],
  ['mlops-engineer', 'MLOps / DevOps engineer', 'Runs models in production: deployment, monitoring, infrastructure.', [0.05, 0, 0.35, 0.1, 0.4, 0, 0.1, 0]],
  ['ml-product-manager', 'ML product manager', 'Decides what ML should build and why: product and communication first.', [0.15, 0, 0.05, 0.05, 0.05, 0.05, 0.3, 0.35]],
];

export class SeedRolesAndCompetencies1795324054955 implements MigrationInterface {
  name = 'SeedRolesAndCompetencies1795324054955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [position, [key, name, description]] of COMPETENCIES.entries()) {
      await queryRunner.query(`INSERT INTO competency (key, name, description, position) VALUES ($1, $2, $3, $4)`, [key, name, description, position]);
    }
    for (const [position, [key, name, description, weights]] of ROLES.entries()) {
      const [role] = await queryRunner.query(
        `INSERT INTO role (key, name, description, position, current_version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [key, name, description, position],
      );
      const [version] = await queryRunner.query(
        `INSERT INTO role_weights_version (role_id, version, note) VALUES ($1, 1, 'Default weights from the design') RETURNING id`,
        [role.id],
      );
      for (const [i, [competency]] of COMPETENCIES.entries()) {
        await queryRunner.query(`INSERT INTO role_weight (weights_version_id, competency_key, weight) VALUES ($1, $2, $3)`, [version.id, competency, weights[i]]);
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Deleting roles cascades to their weight versions and weights.
    await queryRunner.query(`DELETE FROM role WHERE key = ANY($1)`, [ROLES.map(([key]) => key)]);
    await queryRunner.query(`DELETE FROM competency WHERE key = ANY($1)`, [COMPETENCIES.map(([key]) => key)]);
  }
}

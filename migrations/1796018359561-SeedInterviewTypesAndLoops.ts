import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INTERVIEW_TYPES, ROLE_LOOPS } from './seed-data/interview-kits.js';

/**
 * Reference data from DESIGN.md "Interview loops": the eleven interview types
 * with their kits (content in seed-data/interview-kits.ts) and a loop template
 * for each of the six seeded roles. Admins edit both afterwards through the API.
 */
export class SeedInterviewTypesAndLoops1796018359561 implements MigrationInterface {
  name = 'SeedInterviewTypesAndLoops1796018359561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [position, type] of INTERVIEW_TYPES.entries()) {
      await queryRunner.query(
        `INSERT INTO interview_type (key, name, description, duration_minutes, position, instructions, kit_version) VALUES ($1, $2, $3, $4, $5, $6, 1)`,
        [type.key, type.name, type.description, type.durationMinutes, position, type.instructions],
      );
      for (const [i, competency] of type.focus.entries()) {
        await queryRunner.query(
          `INSERT INTO interview_type_competency (interview_type_key, competency_key, position) VALUES ($1, $2, $3)`,
          [type.key, competency, i],
        );
        const levels = type.rubric[competency];
        if (!levels) throw new Error(`seed: ${type.key} has no rubric for ${competency}`);
        for (const [l, description] of levels.entries()) {
          await queryRunner.query(
            `INSERT INTO interview_kit_rubric_level (interview_type_key, competency_key, level, description) VALUES ($1, $2, $3, $4)`,
            [type.key, competency, l + 1, description],
          );
        }
      }
      for (const [i, [prompt, goodAnswer]] of type.questions.entries()) {
        await queryRunner.query(
          `INSERT INTO interview_kit_question (interview_type_key, position, prompt, good_answer) VALUES ($1, $2, $3, $4)`,
          [type.key, i, prompt, goodAnswer],
        );
      }
    }
    for (const [roleKey, stages] of Object.entries(ROLE_LOOPS)) {
      const [role] = await queryRunner.query(`SELECT id FROM role WHERE key = $1`, [roleKey]);
      if (!role) continue; // a role removed before this migration ran has no loop to seed
      await queryRunner.query(`INSERT INTO role_loop (role_id, version) VALUES ($1, 1)`, [role.id]);
      for (const [position, [name, types]] of stages.entries()) {
        const [stage] = await queryRunner.query(`INSERT INTO role_loop_stage (role_id, position, name) VALUES ($1, $2, $3) RETURNING id`, [
          role.id,
          position,
          name,
        ]);
        for (const [i, typeKey] of types.entries()) {
          await queryRunner.query(`INSERT INTO role_loop_stage_type (stage_id, interview_type_key, position) VALUES ($1, $2, $3)`, [
            stage.id,
            typeKey,
            i,
          ]);
        }
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Loops cascade to their stages and stage types; types cascade to focus competencies, questions and rubrics.
    await queryRunner.query(`DELETE FROM role_loop`);
    await queryRunner.query(`DELETE FROM interview_type WHERE key = ANY($1)`, [INTERVIEW_TYPES.map((t) => t.key)]);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Venue tiers to start from (tier 1 best); the canonical short name is what imports write into paper.venue. */
const VENUES: [string, number, string][] = [
  ['NeurIPS', 1, 'Conference on Neural Information Processing Systems'],
  ['ICML', 1, 'International Conference on Machine Learning'],
  ['ICLR', 1, 'International Conference on Learning Representations'],
  ['CVPR', 1, 'IEEE/CVF Conference on Computer Vision and Pattern Recognition'],
  ['ICCV', 1, 'IEEE/CVF International Conference on Computer Vision'],
  ['ECCV', 1, 'European Conference on Computer Vision'],
  ['ACL', 1, 'Annual Meeting of the Association for Computational Linguistics'],
  ['EMNLP', 1, 'Conference on Empirical Methods in Natural Language Processing'],
  ['JMLR', 1, 'Journal of Machine Learning Research'],
  ['TPAMI', 1, 'IEEE Transactions on Pattern Analysis and Machine Intelligence'],
  ['NAACL', 2, 'Annual Conference of the North American Chapter of the ACL'],
  ['AAAI', 2, 'AAAI Conference on Artificial Intelligence'],
  ['IJCAI', 2, 'International Joint Conference on Artificial Intelligence'],
  ['AISTATS', 2, 'International Conference on Artificial Intelligence and Statistics'],
  ['UAI', 2, 'Conference on Uncertainty in Artificial Intelligence'],
  ['COLT', 2, 'Conference on Learning Theory'],
  ['KDD', 2, 'ACM SIGKDD Conference on Knowledge Discovery and Data Mining'],
  ['TMLR', 2, 'Transactions on Machine Learning Research'],
  ['WACV', 2, 'IEEE/CVF Winter Conference on Applications of Computer Vision'],
  ['COLING', 2, 'International Conference on Computational Linguistics'],
  ['EACL', 2, 'Conference of the European Chapter of the ACL'],
  ['CoRL', 2, 'Conference on Robot Learning'],
  ['RSS', 2, 'Robotics: Science and Systems'],
  ['NeurIPS Workshop', 3, 'Workshops at NeurIPS'],
  ['ICML Workshop', 3, 'Workshops at ICML'],
  ['ICLR Workshop', 3, 'Workshops at ICLR'],
  ['CVPR Workshop', 3, 'Workshops at CVPR'],
  ['BMVC', 3, 'British Machine Vision Conference'],
  ['ACCV', 3, 'Asian Conference on Computer Vision'],
  ['ACML', 3, 'Asian Conference on Machine Learning'],
  ['ALT', 3, 'International Conference on Algorithmic Learning Theory'],
  ['CoNLL', 3, 'Conference on Computational Natural Language Learning'],
  ['ECML-PKDD', 3, 'European Conference on Machine Learning and Principles and Practice of Knowledge Discovery in Databases'],
  ['ICASSP', 3, 'IEEE International Conference on Acoustics, Speech and Signal Processing'],
  ['Interspeech', 3, 'Annual Conference of the International Speech Communication Association'],
  ['ICRA', 3, 'IEEE International Conference on Robotics and Automation'],
  ['IROS', 3, 'IEEE/RSJ International Conference on Intelligent Robots and Systems'],
  ['MIDL', 3, 'Medical Imaging with Deep Learning'],
  ['CHIL', 3, 'Conference on Health, Inference, and Learning'],
  ['L4DC', 3, 'Learning for Dynamics and Control'],
  ['WSDM', 3, 'ACM International Conference on Web Search and Data Mining'],
  ['CIKM', 3, 'ACM International Conference on Information and Knowledge Management'],
  ['ICDM', 3, 'IEEE International Conference on Data Mining'],
  ['SDM', 3, 'SIAM International Conference on Data Mining'],
];

export class CandidatesAndEvidence1795327584357 implements MigrationInterface {
  name = 'CandidatesAndEvidence1795327584357';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "candidate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "display_name" character varying(200) NOT NULL,
                "given_name" character varying(200) NOT NULL,
                "family_name" character varying(200) NOT NULL,
                "name_key" character varying(200) NOT NULL,
                "search_text" text NOT NULL,
                "emails" text array NOT NULL,
                "affiliations" text array NOT NULL,
                "location" character varying(200),
                "links" jsonb NOT NULL,
                "tags" text array NOT NULL,
                "notes" text NOT NULL,
                "primary_channel" character varying(32) NOT NULL,
                "primary_credit" text,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_candidate_version" CHECK ("version" >= 1),
                CONSTRAINT "ck_candidate_primary_channel" CHECK (
                    "primary_channel" IN (
                        'paper',
                        'reimplementation',
                        'conference',
                        'referral',
                        'inbound',
                        'other'
                    )
                ),
                CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_name_key" ON "candidate" ("name_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_primary_channel" ON "candidate" ("primary_channel")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_archived_at" ON "candidate" ("archived_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_created_at" ON "candidate" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "candidate_identity" (
                "kind" character varying(32) NOT NULL,
                "value" character varying(320) NOT NULL,
                "candidate_id" uuid NOT NULL,
                CONSTRAINT "ck_candidate_identity_kind" CHECK (
                    "kind" IN (
                        'email',
                        'orcid',
                        'dblp_pid',
                        'semantic_scholar_id',
                        'openreview_id',
                        'github_login',
                        'openalex_id'
                    )
                ),
                CONSTRAINT "PK_e6c9e596d7575354a20bc3f55d9" PRIMARY KEY ("kind", "value")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_identity_candidate" ON "candidate_identity" ("candidate_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "encounter" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "candidate_id" uuid NOT NULL,
                "event" character varying(200) NOT NULL,
                "year" smallint NOT NULL,
                "kind" character varying(16) NOT NULL,
                "notes" text,
                "provenance" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_encounter_kind" CHECK (
                    "kind" IN ('talk', 'poster', 'booth', 'workshop', 'other')
                ),
                CONSTRAINT "PK_1cf9e15e693ff9f0ef9b9061372" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_encounter_candidate" ON "encounter" ("candidate_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "paper" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" text NOT NULL,
                "title_key" text NOT NULL,
                "venue" character varying(64),
                "year" smallint,
                "acceptance" character varying(16) NOT NULL,
                "author_count" smallint NOT NULL,
                "authors_truncated" boolean NOT NULL DEFAULT false,
                "arxiv_id" character varying(64),
                "doi" character varying(255),
                "dblp_key" character varying(255),
                "openreview_id" character varying(64),
                "semantic_scholar_id" character varying(64),
                "links" jsonb NOT NULL,
                "ratings" jsonb,
                "provenance" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_paper_author_count" CHECK ("author_count" >= 1),
                CONSTRAINT "ck_paper_acceptance" CHECK (
                    "acceptance" IN (
                        'oral',
                        'spotlight',
                        'poster',
                        'workshop',
                        'preprint',
                        'accepted',
                        'rejected',
                        'withdrawn',
                        'unknown'
                    )
                ),
                CONSTRAINT "PK_ca8320a8e49e70e3de2d843a80a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_paper_title_key" ON "paper" ("title_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_paper_venue" ON "paper" ("venue")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_paper_year" ON "paper" ("year")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_paper_arxiv_id" ON "paper" ("arxiv_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_paper_doi" ON "paper" ("doi")
        `);
    await queryRunner.query(`
            CREATE TABLE "paper_author" (
                "paper_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "name" character varying(300) NOT NULL,
                "candidate_id" uuid,
                CONSTRAINT "PK_7787301774da5de4f1ec7ffaa4a" PRIMARY KEY ("paper_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_paper_author_candidate" ON "paper_author" ("candidate_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "reimplementation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "repo_url" character varying(500) NOT NULL,
                "paper_title" text NOT NULL,
                "paper_ids" jsonb NOT NULL,
                "official" boolean NOT NULL DEFAULT false,
                "reproduced" boolean,
                "framework" character varying(64),
                "year" smallint,
                "links" jsonb NOT NULL,
                "notes" text,
                "provenance" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_582644e58ea989ccf2e81ce223a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reimplementation_repo_url" ON "reimplementation" ("repo_url")
        `);
    await queryRunner.query(`
            CREATE TABLE "reimplementation_author" (
                "reimplementation_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                CONSTRAINT "PK_2f4fea432accd1c1f07f0b0d52a" PRIMARY KEY ("reimplementation_id", "candidate_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reimplementation_author_candidate" ON "reimplementation_author" ("candidate_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "venue_tier" (
                "venue" character varying(64) NOT NULL,
                "tier" smallint NOT NULL,
                "full_name" character varying(300) NOT NULL,
                CONSTRAINT "ck_venue_tier_tier" CHECK (
                    "tier" BETWEEN 1 AND 3
                ),
                CONSTRAINT "PK_ed3e8b8a6130f4b02f11fd1f4f8" PRIMARY KEY ("venue")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate_identity"
            ADD CONSTRAINT "FK_8adbe046aeed62811534e5b2b3f" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "encounter"
            ADD CONSTRAINT "FK_e9dfd551a7a121ccae7543a5d8a" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_author"
            ADD CONSTRAINT "FK_f544ad0ea0b0c18955ded3b00f9" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_author"
            ADD CONSTRAINT "FK_627829cb7d4c6d0780ad1268b64" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reimplementation_author"
            ADD CONSTRAINT "FK_b62d76fd1e48e1af76fed02138f" FOREIGN KEY ("reimplementation_id") REFERENCES "reimplementation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reimplementation_author"
            ADD CONSTRAINT "FK_e04a7c54fe785bbeed7ca48af62" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Seed tiers: the common ML venues. Admins change them through PUT /api/venues/:venue.
    await queryRunner.query(
      `INSERT INTO "venue_tier" ("venue", "tier", "full_name") SELECT * FROM unnest($1::varchar[], $2::smallint[], $3::varchar[])`,
      [VENUES.map((v) => v[0]), VENUES.map((v) => v[1]), VENUES.map((v) => v[2])],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reimplementation_author" DROP CONSTRAINT "FK_e04a7c54fe785bbeed7ca48af62"
        `);
    await queryRunner.query(`
            ALTER TABLE "reimplementation_author" DROP CONSTRAINT "FK_b62d76fd1e48e1af76fed02138f"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_author" DROP CONSTRAINT "FK_627829cb7d4c6d0780ad1268b64"
        `);
    await queryRunner.query(`
            ALTER TABLE "paper_author" DROP CONSTRAINT "FK_f544ad0ea0b0c18955ded3b00f9"
        `);
    await queryRunner.query(`
            ALTER TABLE "encounter" DROP CONSTRAINT "FK_e9dfd551a7a121ccae7543a5d8a"
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate_identity" DROP CONSTRAINT "FK_8adbe046aeed62811534e5b2b3f"
        `);
    await queryRunner.query(`
            DROP TABLE "venue_tier"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reimplementation_author_candidate"
        `);
    await queryRunner.query(`
            DROP TABLE "reimplementation_author"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reimplementation_repo_url"
        `);
    await queryRunner.query(`
            DROP TABLE "reimplementation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_paper_author_candidate"
        `);
    await queryRunner.query(`
            DROP TABLE "paper_author"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_paper_doi"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_paper_arxiv_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_paper_year"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_paper_venue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_paper_title_key"
        `);
    await queryRunner.query(`
            DROP TABLE "paper"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_encounter_candidate"
        `);
    await queryRunner.query(`
            DROP TABLE "encounter"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_identity_candidate"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate_identity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_created_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_archived_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_primary_channel"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_name_key"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate"
        `);
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { systemContext } from '../auth/actor.js';
import { ImportUseCase } from '../imports/import.usecase.js';
import { DemoPipeline } from '../demo/demo-pipeline.js';
import { BOOTSTRAP_OPTIONS, type BootstrapOptions } from '../users/bootstrap-users.js';
import { CandidatesService } from './candidates.service.js';

// Any fixed number, distinct from the audit chain's: serialises two instances seeding one database.
const DEMO_SEED_LOCK = 7_301_2027;

/**
 * Fictional ML people. Two papers at NeurIPS and ICML and one at ICLR, written the way
 * proceedings export them (LaTeX accents included), so the import normalises them as it would real ones.
 */
const DEMO_PAPERS_BIB = String.raw`
@inproceedings{nowak2023sparse,
  author    = {{\L}ukasz Nowak and Priya Raman and Tom{\'a}s Okafor},
  title     = {Sparse Mixture-of-Experts Adapters for Continual Pretraining},
  booktitle = {Advances in Neural Information Processing Systems 36 (NeurIPS 2023)},
  year      = {2023},
}

@inproceedings{hsu2024conformal,
  author    = {Mei-Ling Hsu and Priya Raman and Jonas Lindqvist},
  title     = {Calibrated Uncertainty for Offline Reinforcement Learning via Conformal Critics},
  booktitle = {Proceedings of the 41st International Conference on Machine Learning},
  series    = {Proceedings of Machine Learning Research},
  volume    = {235},
  year      = {2024},
}

@inproceedings{okafor2024tokens,
  author    = {Tom{\'a}s Okafor and Mei-Ling Hsu},
  title     = {Token Merging for Efficient Long-Context Speech Recognition},
  booktitle = {International Conference on Learning Representations},
  year      = {2024},
}
`;

/**
 * The same Łukasz Nowak, spelled without the accent on an older workshop paper with the same
 * co-author: imported separately, so names alone make it a duplicate suggestion, not a merge.
 */
const DEMO_WORKSHOP_BIB = String.raw`
@inproceedings{nowak2022probing,
  author    = {Lukasz Nowak and Priya Raman},
  title     = {Probing Linear Mode Connectivity in Fine-Tuned Language Models},
  booktitle = {ICLR 2022 Workshop on Geometrical and Topological Representation Learning},
  year      = {2022},
}
`;

/** An independent re-implementation of the ICML paper, from the ML Reproducibility Challenge. */
const DEMO_REIMPLEMENTATION_BIB = String.raw`
@Article {Diallo:2024,
  author   = {Amara Diallo},
  title    = {{[Re] Calibrated Uncertainty for Offline Reinforcement Learning via Conformal Critics}},
  journal  = {ReScience C},
  year     = {2024},
  volume   = {10},
  number   = {1},
  pages    = {{#4}},
  code_url = {https://github.com/amara-diallo/conformal-critics-reproduction},
  type     = {Replication},
  language = {Python},
  domain   = {ML Reproducibility Challenge 2023},
}
`;

/**
 * Demo candidates on first start with demo data on (the same switch as the demo users):
 * only into an empty candidate table, through the import and the candidates service as a
 * recruiter would add them, so the candidates and duplicates pages have something to show.
 */
@Injectable()
export class DemoCandidates implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(BOOTSTRAP_OPTIONS) private readonly options: BootstrapOptions,
    private readonly imports: ImportUseCase,
    private readonly candidates: CandidatesService,
    private readonly pipeline: DemoPipeline,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.demoUsers) return;
    try {
      const created = await this.seed();
      if (created) this.logger.log(`created ${created} demo candidates`);
      // Then the demo pipeline (openings, applications, interviews, scorecards), into a database without openings.
      await this.pipeline.seed();
    } catch (error) {
      // Demo data is a convenience: the app still starts without it.
      this.logger.error(`demo data was not (fully) created: ${(error as Error).message}`);
    }
  }

  /** Seeds the demo candidates if there are no candidates at all; answers how many it created. */
  async seed(): Promise<number> {
    const ctx = systemContext('demo-data');
    // A session lock on a connection of its own: the imports below run their own transactions.
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [DEMO_SEED_LOCK]);
      const [{ count }] = (await runner.query(`SELECT count(*)::int AS count FROM candidate`)) as { count: number }[];
      if (count > 0) return 0;

      let created = 0;
      const papers = await this.imports.preview(ctx, { fileName: 'demo-papers.bib', content: DEMO_PAPERS_BIB, format: 'bibtex' });
      created += (await this.imports.commit(ctx, papers.id, { select: 'all' })).created;

      const workshop = await this.imports.preview(ctx, { fileName: 'demo-workshop.bib', content: DEMO_WORKSHOP_BIB, format: 'bibtex' });
      const lukasz = workshop.people.filter((p) => p.displayName === 'Lukasz Nowak').map((p) => p.key);
      created += (await this.imports.commit(ctx, workshop.id, { select: 'selected', personKeys: lukasz })).created;

      const reimplementation = await this.imports.preview(ctx, {
        fileName: 'demo-mlrc.bib',
        content: DEMO_REIMPLEMENTATION_BIB,
        format: 'rescience-bibtex',
      });
      created += (await this.imports.commit(ctx, reimplementation.id, { select: 'all' })).created;

      const sofia = await this.candidates.create(ctx, {
        name: 'Sofia Marchetti',
        emails: ['sofia.marchetti@example.org'],
        affiliations: ['Politecnico di Milano'],
        location: 'Milan, Italy',
        tags: ['diffusion models', 'mlops'],
        notes: 'Presented a poster on distilled diffusion samplers; interested in applied roles.',
        primaryChannel: 'conference',
        primaryCredit: 'Riley Recruiter',
      });
      await this.candidates.addEncounter(ctx, sofia.id, {
        event: 'NeurIPS 2025',
        year: 2025,
        kind: 'poster',
        notes: 'Poster session; asked about the ML engineer opening.',
      });
      return created + 1;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [DEMO_SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}

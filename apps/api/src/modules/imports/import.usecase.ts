import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type CandidateLink,
  type IdentityKind,
  type ImportBatch,
  type ImportCommitResult,
  type ImportFileFormat,
  type ImportPersonPreview,
  type ImportPreview,
  type ImportProgress,
  type ImportSelection,
  type ImportSkipReason,
  type ImportSummary,
} from '@loopboard/contracts';
import { foldAccents } from '@loopboard/domain-identity';
import {
  ImportFormatError,
  parseImport,
  planImport,
  selectPeople,
  type ImportPlan,
  type Link,
  type PlannedPerson,
} from '@loopboard/domain-imports';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { PaperEntity } from '../candidates/entities/paper.entity.js';
import { ReimplementationEntity } from '../candidates/entities/reimplementation.entity.js';
import { ImportBatchEntity } from './import-batch.entity.js';
import { ImportProgressRegistry } from './import-progress.registry.js';
import { findPaper, findPapers, identitiesOf, matchPlan, paperKeys, type PersonMatchResult } from './import-matching.js';

export interface ImportFileInput {
  fileName: string;
  content: string;
  format?: ImportFileFormat;
  bibtexMacros?: string;
}

export interface CommitInput {
  select: ImportSelection;
  personKeys?: string[];
}

/** Called with (done, total) while a commit writes people, for the CLI's progress line (every 200 people and at the end). */
export type ProgressListener = (done: number, total: number) => void;

/** Which finished commits no longer count as tracked: they never started writing, and the stored batch tells the truth. */
const NOT_STARTED: ReadonlySet<string> = new Set([ErrorCode.IMPORT_NOT_FOUND, ErrorCode.IMPORT_ALREADY_COMMITTED]);

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';

/** People created per INSERT: one round trip per batch instead of one per person. */
const CREATE_BATCH = 500;
/** Previews whose plans are kept in memory for their commit. */
const CACHED_PLANS = 4;
/** Papers per INSERT (16 columns each, under PostgreSQL's 65,535 parameters) and author slots per INSERT. */
const PAPER_BATCH = 1000;
const AUTHOR_BATCH = 5000;

interface NewCandidate {
  id: string;
  person: PlannedPerson;
  identities: { kind: IdentityKind; value: string }[];
}

/**
 * An import is a preview, then a commit. The preview parses, plans and matches
 * and stores the file; the commit re-plans the stored file (so it writes what
 * the preview showed, give or take candidates created meanwhile) and writes
 * everything in one transaction.
 */
@Injectable()
export class ImportUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    // Absent in the CLI, which has its own progress line and no one to poll.
    @Optional() private readonly progressRegistry?: ImportProgressRegistry,
  ) {}

  /**
   * Plans of the latest previews, by import id and file hash: the commit re-plans the stored
   * file only when its plan is not here (another instance, a restart). Parsing and planning a
   * 100k-row file takes seconds; planning is deterministic, so both give the same plan.
   */
  private readonly plans = new Map<string, { sha256: string; plan: ImportPlan }>();

  /** With `store: false` (the CLI's dry run) nothing is written and the preview has no id to commit. */
  async preview(ctx: RequestContext, input: ImportFileInput, { store = true }: { store?: boolean } = {}): Promise<ImportPreview> {
    const plan = planFile(input.fileName, input.content, input.format, input.bibtexMacros);
    const matches = await matchPlan(this.db.manager, plan);
    const people = plan.people.map((p) => personPreview(p, matches.get(p.key)!));
    const summary = summarize(plan, people);
    const fields = {
      createdBy: ctx.actor?.id ?? null,
      fileName: input.fileName.slice(0, 300),
      format: plan.format,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      status: 'preview' as const,
      content: input.content,
      bibtexMacros: input.bibtexMacros ?? null,
      summary,
      result: null,
      committedAt: null,
    };
    const batch = store ? await this.db.getRepository(ImportBatchEntity).save(fields) : { ...fields, id: '', createdAt: new Date() };
    if (store) {
      this.plans.set(batch.id, { sha256: fields.sha256, plan });
      for (const id of this.plans.keys()) if (this.plans.size > CACHED_PLANS) this.plans.delete(id);
    }
    return {
      id: batch.id,
      fileName: batch.fileName,
      format: plan.format,
      sha256: batch.sha256,
      status: 'preview',
      createdAt: batch.createdAt.toISOString(),
      summary,
      people,
      skipped: plan.skipped,
      warnings: plan.warnings,
    };
  }

  async get(_ctx: RequestContext, importId: string): Promise<ImportBatch> {
    const batch = await this.db.getRepository(ImportBatchEntity).findOne({ where: { id: importId } });
    if (!batch) throw notFound(importId);
    return toBatch(batch);
  }

  /**
   * Progress of an import's commit for GET /imports/:id/progress. A running commit is only known
   * to the process running it (see ImportProgressRegistry); otherwise the stored batch answers.
   */
  async progress(_ctx: RequestContext, importId: string): Promise<ImportProgress> {
    const tracked = this.progressRegistry?.get(importId);
    if (tracked) return tracked;
    const batch = await this.db
      .getRepository(ImportBatchEntity)
      .findOne({ where: { id: importId }, select: { id: true, status: true, result: true } });
    if (!batch) throw notFound(importId);
    if (batch.status !== 'committed') return { importId, phase: 'idle', done: 0, total: 0 };
    const written = (batch.result?.created ?? 0) + (batch.result?.merged ?? 0);
    return { importId, phase: 'done', done: written, total: written };
  }

  async commit(ctx: RequestContext, importId: string, input: CommitInput, onProgress?: ProgressListener): Promise<ImportCommitResult> {
    const tracker = this.progressRegistry?.begin(importId);
    // The registry hears of every person (the web polls it); the caller's listener, as before, every 200 and at the end.
    const listener: ProgressListener = (done, total) => {
      tracker?.onProgress(done, total);
      if (onProgress && done > 0 && (done % 200 === 0 || done === total)) onProgress(done, total);
    };
    try {
      const result = await this.db.transaction((tx) => this.commitIn(tx, ctx, importId, input, listener));
      tracker?.finish();
      return result;
    } catch (error) {
      if (error instanceof DomainError && NOT_STARTED.has(error.code)) tracker?.discard();
      else tracker?.fail();
      const code = (error as { code?: string })?.code;
      if (code === PG_FOREIGN_KEY_VIOLATION || code === PG_CHECK_VIOLATION) {
        // A candidate this import matched was merged away or erased after the preview.
        throw new DomainError(
          ErrorCode.IMPORT_CONFLICT,
          'A candidate this import matched was merged or erased after the preview; nothing was written, preview the file again',
        );
      }
      if (code === PG_UNIQUE_VIOLATION) {
        throw new DomainError(
          ErrorCode.IMPORT_CONFLICT,
          `The import conflicts with data written meanwhile (${(error as { detail?: string }).detail ?? 'a key is already taken'}); nothing was written, preview the file again`,
        );
      }
      throw error;
    }
  }

  private async commitIn(
    tx: EntityManager,
    ctx: RequestContext,
    importId: string,
    input: CommitInput,
    onProgress?: ProgressListener,
  ): Promise<ImportCommitResult> {
    // The row lock makes two concurrent commits of one batch take turns: the second sees 'committed'.
    const [locked] = await tx.query(`SELECT id FROM import_batch WHERE id = $1 FOR UPDATE`, [importId]);
    if (!locked) throw notFound(importId);
    const batch = await tx.findOneByOrFail(ImportBatchEntity, { id: importId });
    if (batch.status === 'committed') {
      throw new DomainError(
        ErrorCode.IMPORT_ALREADY_COMMITTED,
        `Import ${batch.fileName} was already committed at ${batch.committedAt?.toISOString()}`,
      );
    }
    const cached = this.plans.get(importId);
    this.plans.delete(importId);
    const plan =
      // Hash the content as stored now: an erasure may have blanked it since the preview.
      cached && cached.sha256 === createHash('sha256').update(batch.content).digest('hex')
        ? cached.plan
        : planFile(batch.fileName, batch.content, batch.format, batch.bibtexMacros ?? undefined);
    const matches = await matchPlan(tx, plan);
    const selected = selectPeople(plan, input.select, input.personKeys ?? []);
    const provenance = (sourceRef: string) => ({
      importId,
      fileName: batch.fileName,
      format: plan.format,
      sourceRef,
      importedAt: new Date().toISOString(),
    });

    const skipped: ImportSkipReason[] = [...plan.skipped];
    const candidateOf = new Map<string, string>();
    const createdIds: string[] = [];
    const mergedIds: string[] = [];
    const mergedSet = new Set<string>();
    const claimed = new Set<string>();
    const people = plan.people.filter((p) => selected.has(p.key));
    for (const person of plan.people) {
      if (!selected.has(person.key))
        skipped.push({ sourceRef: person.key, reason: `${person.displayName}: not selected (${input.select})` });
    }

    const toCreate: NewCandidate[] = [];
    let done = 0;
    // Progress counts records: the people, then the papers (their rows and author slots are written after the people).
    const total = people.length + plan.papers.length;
    onProgress?.(0, total);
    for (const person of people) {
      const { match } = matches.get(person.key)!;
      if (match?.kind === 'conflict') {
        throw new DomainError(
          ErrorCode.IMPORT_CONFLICT,
          `${person.displayName} matches ${match.candidateIds.length} different candidates (on ${match.on}); merge those candidates or leave this person out. Nothing was written`,
        );
      }
      const identities = identitiesOf(person).filter((i) => {
        const key = `${i.kind}\u0000${i.value}`;
        if (claimed.has(key)) {
          skipped.push({
            sourceRef: person.key,
            reason: `${person.displayName}: ${i.kind} ${i.value} already given to another person of this import`,
          });
          return false;
        }
        claimed.add(key);
        return true;
      });
      if (match) {
        await this.mergeInto(tx, ctx, match.candidateId, person, identities, importId);
        candidateOf.set(person.key, match.candidateId);
        if (!mergedSet.has(match.candidateId)) {
          mergedSet.add(match.candidateId);
          mergedIds.push(match.candidateId);
        }
      } else {
        // New people are written in batches (ids chosen here), so papers below can link them at once.
        const id = randomUUID();
        toCreate.push({ id, person, identities });
        if (toCreate.length >= CREATE_BATCH) await createMany(tx, toCreate.splice(0), plan);
        candidateOf.set(person.key, id);
        createdIds.push(id);
      }
      done += 1;
      onProgress?.(done, total);
    }
    await createMany(tx, toCreate.splice(0), plan);

    const everything = input.select === 'all';
    let papersCreated = 0;
    let papersMatched = 0;
    const allKeys = plan.papers.map(paperKeys);
    const stored = await findPapers(tx, allKeys);
    // Keys of the papers this import has seen, so a paper listed twice in one file is created once (findPaper's order).
    const seen = new Map<string, string>();
    const newPapers: QueryDeepPartialEntity<PaperEntity>[] = [];
    const slots = new Map<string, { paperId: string; position: number; name: string; candidateId: string | null }>();
    for (const [i, planned] of plan.papers.entries()) {
      const linked = planned.authorKeys.map((k) => (k ? (candidateOf.get(k) ?? null) : null));
      if (!everything && !linked.some(Boolean)) continue;
      const keys = allKeys[i]!;
      const keyList = [
        keys.arxivId && `a:${keys.arxivId}`,
        keys.doi && `d:${keys.doi}`,
        keys.titleKey && `t:${keys.titleKey}\u0000${keys.year}`,
      ].filter((k): k is string => Boolean(k));
      let paperId = stored[i] ?? keyList.map((k) => seen.get(k)).find(Boolean) ?? null;
      const { paper } = planned;
      if (paperId) {
        papersMatched += 1;
      } else {
        paperId = randomUUID();
        newPapers.push({
          id: paperId,
          title: paper.title,
          titleKey: keys.titleKey,
          venue: paper.venue?.slice(0, 64) ?? null,
          year: keys.year,
          acceptance: paper.acceptance,
          authorCount: Math.max(paper.authors.length, 1),
          authorsTruncated: paper.authorsTruncated,
          arxivId: keys.arxivId?.slice(0, 64) ?? null,
          doi: keys.doi?.slice(0, 255) ?? null,
          dblpKey: paper.ids.dblpKey?.slice(0, 255) ?? null,
          openReviewId: paper.ids.openReviewId?.slice(0, 64) ?? null,
          semanticScholarId: paper.ids.semanticScholarId?.slice(0, 64) ?? null,
          links: links(paper.links),
          ratings: paper.ratings ? { ratings: paper.ratings } : null,
          provenance: provenance(planned.sourceRef),
        });
        papersCreated += 1;
      }
      for (const k of keyList) if (!seen.has(k)) seen.set(k, paperId);
      paper.authors.forEach((author, j) => {
        const slot = `${paperId}\u0000${j + 1}`;
        const held = slots.get(slot);
        if (!held) slots.set(slot, { paperId: paperId!, position: j + 1, name: author.name.slice(0, 300), candidateId: linked[j] ?? null });
        else held.candidateId ??= linked[j] ?? null;
      });
    }
    // Papers count half for their rows and half for their author slots.
    const papersDone = (fraction: number) => onProgress?.(people.length + Math.floor(plan.papers.length * fraction), total);
    for (let i = 0; i < newPapers.length; i += PAPER_BATCH) {
      await tx.insert(PaperEntity, newPapers.slice(i, i + PAPER_BATCH));
      papersDone(Math.min(i + PAPER_BATCH, newPapers.length) / newPapers.length / 2);
    }
    const authorRows = [...slots.values()];
    for (let i = 0; i < authorRows.length; i += AUTHOR_BATCH) {
      const batch = authorRows.slice(i, i + AUTHOR_BATCH);
      // Existing slots keep their name; an unlinked slot gets linked to the candidate this import found for it.
      await tx.query(
        `INSERT INTO paper_author (paper_id, position, name, candidate_id)
         SELECT a.paper_id, a.position, a.name, a.candidate_id FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::uuid[]) AS a(paper_id, position, name, candidate_id)
         ON CONFLICT (paper_id, position) DO UPDATE SET candidate_id = COALESCE(paper_author.candidate_id, EXCLUDED.candidate_id)`,
        [batch.map((a) => a.paperId), batch.map((a) => a.position), batch.map((a) => a.name), batch.map((a) => a.candidateId)],
      );
      papersDone(0.5 + Math.min(i + AUTHOR_BATCH, authorRows.length) / authorRows.length / 2);
    }
    onProgress?.(total, total);

    let reimplementationsCreated = 0;
    let reimplementationsMatched = 0;
    for (const planned of plan.reimplementations) {
      const authors = planned.authorKeys.map((k) => candidateOf.get(k)).filter((id): id is string => Boolean(id));
      if (!everything && !authors.length) continue;
      const r = planned.reimplementation;
      const repoUrl = r.repoUrl.slice(0, 500);
      const [existing] = await tx.query(`SELECT id FROM reimplementation WHERE repo_url = $1`, [repoUrl]);
      let reimplementationId: string = existing?.id;
      if (existing) {
        reimplementationsMatched += 1;
      } else {
        const implemented = await findPaper(tx, {
          arxivId: r.paper.ids.arxiv ?? null,
          doi: r.paper.ids.doi?.toLowerCase() ?? null,
          titleKey: '',
          year: null,
        });
        const inserted = await tx.insert(ReimplementationEntity, {
          repoUrl,
          paperTitle: r.paper.title ?? '',
          paperIds: implemented ? [implemented] : [],
          official: r.official,
          reproduced: r.reproduced,
          framework: r.framework?.slice(0, 64) ?? null,
          year: r.year,
          links: links(r.links),
          notes: r.notes,
          provenance: provenance(planned.sourceRef),
        });
        reimplementationId = (inserted.identifiers[0] as { id: string }).id;
        reimplementationsCreated += 1;
      }
      if (authors.length) {
        await tx.query(
          `INSERT INTO reimplementation_author (reimplementation_id, candidate_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [reimplementationId, authors],
        );
      }
    }

    const result: ImportCommitResult = {
      id: importId,
      created: createdIds.length,
      merged: mergedIds.length,
      papersCreated,
      papersMatched,
      reimplementationsCreated,
      reimplementationsMatched,
      createdCandidateIds: createdIds,
      mergedCandidateIds: mergedIds,
      skipped,
    };
    // Only a commit reads the file back, so once committed it is dropped (data minimisation: no stray copies of people's data).
    await tx.update(
      ImportBatchEntity,
      { id: importId },
      { status: 'committed', committedAt: new Date(), result, content: '', bibtexMacros: null },
    );
    await this.audit.record(tx, ctx, {
      action: 'import.committed',
      entityType: 'import_batch',
      entityId: importId,
      // No file name: it may name a person (an erasure blanks it on the batch, but the log is append-only).
      changes: {
        format: plan.format,
        select: input.select,
        // Counts only: the ids are in the batch's result (a 100k-row import would otherwise put 100k ids in one entry).
        created: createdIds.length,
        merged: mergedIds.length,
        papersCreated,
        reimplementationsCreated,
        skipped: skipped.length,
      },
    });
    return result;
  }

  /** Adds what the import knows to an existing candidate; nothing it had is dropped. */
  private async mergeInto(
    tx: EntityManager,
    ctx: RequestContext,
    candidateId: string,
    person: PlannedPerson,
    identities: { kind: IdentityKind; value: string }[],
    importId: string,
  ): Promise<void> {
    const [target]: { erased_at: Date | null }[] = await tx.query(`SELECT erased_at FROM candidate WHERE id = $1 FOR UPDATE`, [
      candidateId,
    ]);
    if (!target || target.erased_at) {
      throw new DomainError(
        ErrorCode.IMPORT_CONFLICT,
        `${person.displayName} matched a candidate that was ${target ? 'erased' : 'merged or removed'} after the preview; nothing was written, preview the file again`,
      );
    }
    const held: { kind: string; value: string }[] = await tx.query(`SELECT kind, value FROM candidate_identity WHERE candidate_id = $1`, [
      candidateId,
    ]);
    const fresh = identities.filter((i) => !held.some((h) => h.kind === i.kind && h.value === i.value));
    if (fresh.length) await insertIdentities(tx, candidateId, fresh);
    const newEmails = fresh.filter((i) => i.kind === 'email').map((i) => i.value);
    await tx.query(
      `UPDATE candidate SET
         emails = ARRAY(SELECT DISTINCT unnest(emails || $2::text[])),
         affiliations = ARRAY(SELECT DISTINCT unnest(affiliations || $3::text[])),
         search_text = search_text || $4,
         version = version + 1,
         updated_at = now()
       WHERE id = $1`,
      [candidateId, newEmails, person.affiliations, ` \n ${searchText([...newEmails, ...person.affiliations])}`],
    );
    await this.audit.record(tx, ctx, {
      action: 'candidate.merged_from_import',
      entityType: 'candidate',
      entityId: candidateId,
      subject: { candidateId },
      changes: { importId, person: person.displayName, addedIdentities: fresh.filter((i) => i.kind !== 'email'), addedEmails: newEmails },
    });
  }
}

function planFile(fileName: string, content: string, format: ImportFileFormat | undefined, bibtexMacros: string | undefined): ImportPlan {
  try {
    return planImport(parseImport(fileName, content, { format, bibtexMacros }));
  } catch (error) {
    if (error instanceof ImportFormatError) {
      throw new DomainError(
        ErrorCode.IMPORT_FILE_INVALID,
        `${fileName}: ${error.message}`,
        undefined,
        error.line ? { line: error.line } : undefined,
      );
    }
    throw error;
  }
}

/** Inserts new candidates and their strong identities, a batch per statement. */
async function createMany(tx: EntityManager, batch: NewCandidate[], plan: ImportPlan): Promise<void> {
  if (!batch.length) return;
  const rows = batch.map(({ id, person, identities }) => {
    const emails = identities.filter((i) => i.kind === 'email').map((i) => i.value);
    const displayName = person.displayName.slice(0, 200);
    const nameKey = person.nameKey.slice(0, 200);
    return {
      id,
      display_name: displayName,
      given_name: person.givenName.slice(0, 200),
      family_name: person.familyName.slice(0, 200),
      name_key: nameKey,
      search_text: searchText([displayName, nameKey, ...emails, ...person.affiliations, ...person.tags]),
      emails,
      affiliations: person.affiliations,
      location: person.location?.slice(0, 200) ?? null,
      tags: person.tags,
      notes: person.notes ?? '',
    };
  });
  await tx.query(
    `INSERT INTO candidate (id, display_name, given_name, family_name, name_key, search_text, emails, affiliations, location, links, tags, notes,
                            primary_channel, primary_credit, archived_at, version)
     SELECT r.id, r.display_name, r.given_name, r.family_name, r.name_key, r.search_text,
            ARRAY(SELECT jsonb_array_elements_text(r.emails)), ARRAY(SELECT jsonb_array_elements_text(r.affiliations)),
            r.location, '[]'::jsonb, ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.notes, $2, NULL, NULL, 1
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, display_name text, given_name text, family_name text, name_key text, search_text text,
                                                emails jsonb, affiliations jsonb, location text, tags jsonb, notes text)`,
    [JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value)), plan.channel],
  );
  const identities = batch.flatMap(({ id, identities }) => identities.map((i) => ({ id, kind: i.kind, value: i.value.slice(0, 320) })));
  if (identities.length) {
    await tx.query(
      `INSERT INTO candidate_identity (kind, value, candidate_id) SELECT k, v, c FROM unnest($1::text[], $2::text[], $3::uuid[]) AS i(k, v, c)`,
      [identities.map((i) => i.kind), identities.map((i) => i.value), identities.map((i) => i.id)],
    );
  }
}

/**
 * Lone UTF-16 surrogates (a broken \ud800 escape in a JSON source) become U+FFFD, as the pg driver does for
 * text parameters; jsonb refuses them, which would fail the whole commit.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

async function insertIdentities(
  tx: EntityManager,
  candidateId: string,
  identities: { kind: IdentityKind; value: string }[],
): Promise<void> {
  await tx.query(
    `INSERT INTO candidate_identity (kind, value, candidate_id) SELECT k, v, $1 FROM unnest($2::text[], $3::text[]) AS i(k, v)`,
    [candidateId, identities.map((i) => i.kind), identities.map((i) => i.value.slice(0, 320))],
  );
}

function searchText(parts: string[]): string {
  return foldAccents(parts.join(' \n ').normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

function links(list: Link[]): CandidateLink[] {
  return list.map((l) => ({ label: l.kind, url: l.url }));
}

function personPreview(person: PlannedPerson, matched: PersonMatchResult): ImportPersonPreview {
  const { match } = matched;
  const ids: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(person.ids)) if (v && (!Array.isArray(v) || v.length)) ids[k] = v;
  const action = match === null ? 'create' : match.kind === 'conflict' ? 'conflict' : 'merge';
  const actionText =
    match === null
      ? matched.possibleDuplicates.length
        ? `will create a new candidate; possible duplicate of ${matched.possibleDuplicates
            .map((d) => (d.sharedCoauthor ? `${d.candidateName} (shared co-author ${d.sharedCoauthor})` : d.candidateName))
            .join(', ')}`
        : 'will create a new candidate'
      : match.kind === 'conflict'
        ? `matches ${match.candidateIds.length} different candidates (on ${match.on}): cannot be imported until they are merged`
        : `will merge into ${match.candidateName} (on ${match.on})`;
  return {
    key: person.key,
    displayName: person.displayName,
    spellings: person.spellings,
    ids,
    firstAuthor: person.firstAuthor,
    papers: person.papers.map(({ sourceRef, title, year, venue, position, firstAuthor }) => ({
      sourceRef,
      title,
      year,
      venue,
      position,
      firstAuthor,
    })),
    reimplementations: person.reimplementations.map(({ sourceRef, repoUrl }) => ({ sourceRef, repoUrl })),
    match,
    possibleDuplicates: matched.possibleDuplicates,
    similarInFile: person.possibleDuplicates,
    action,
    actionText,
  };
}

function summarize(plan: ImportPlan, people: ImportPersonPreview[]): ImportSummary {
  return {
    people: people.length,
    papers: plan.papers.length,
    reimplementations: plan.reimplementations.length,
    toCreate: people.filter((p) => p.action === 'create').length,
    toMerge: people.filter((p) => p.action === 'merge').length,
    conflicts: people.filter((p) => p.action === 'conflict').length,
    skipped: plan.skipped.length,
  };
}

function notFound(importId: string): DomainError {
  return new DomainError(ErrorCode.IMPORT_NOT_FOUND, `No import ${importId}`);
}

function toBatch(b: ImportBatchEntity): ImportBatch {
  return {
    id: b.id,
    fileName: b.fileName,
    format: b.format,
    sha256: b.sha256,
    status: b.status,
    createdAt: b.createdAt.toISOString(),
    createdBy: b.createdBy,
    committedAt: b.committedAt?.toISOString() ?? null,
    summary: b.summary,
    result: b.result,
  };
}

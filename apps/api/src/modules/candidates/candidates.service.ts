import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type CandidateDetail,
  type CandidateIdentity,
  type CandidateIdentityInput,
  type CandidateLink,
  type CandidatePage,
  type CandidatePaper,
  type CandidateReimplementation,
  type CandidateSignals,
  type CandidateSort,
  type CandidateSummary,
  type Encounter,
  type FieldError,
  type IdentityKind,
  type SignalsExplanation,
  type SortOrder,
  type Venue,
  type VenueTier,
} from '@loopboard/contracts';
import {
  foldAccents,
  nameKey,
  normalizeDblpPid,
  normalizeEmail,
  normalizeGithubLogin,
  normalizeOpenAlexId,
  normalizeOpenReviewId,
  normalizeOrcid,
  normalizeSemanticScholarId,
  parsePersonName,
} from '@loopboard/domain-identity';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import {
  AUTHOR_COUNT,
  COUNTED_PAPER,
  FIRST_AUTHOR_TOP_TIER,
  SIGNAL_COLUMNS,
  SIGNAL_RULES,
  SIGNALS_JOIN,
  STORED_SIGNAL_COLUMNS,
  STORED_SIGNALS_JOIN,
} from './candidate-signals.sql.js';
import type { CandidateQueryDto, CreateCandidateDto, CreateEncounterDto, SetVenueTierDto, UpdateCandidateDto } from './candidates.dto.js';
import { CandidateEntity, CandidateIdentityEntity, EncounterEntity, VenueTierEntity } from './entities/index.js';
import { candidateErased } from './erasure.service.js';

/** Input key → stored identity kind, with the identity lib's normaliser for it. */
const IDENTITY_INPUTS: {
  key: keyof CandidateIdentityInput;
  kind: IdentityKind;
  normalize: (raw: string) => string | null;
  what: string;
}[] = [
  { key: 'orcid', kind: 'orcid', normalize: normalizeOrcid, what: 'an ORCID iD with a valid check digit' },
  { key: 'dblpPid', kind: 'dblp_pid', normalize: normalizeDblpPid, what: 'a DBLP person id such as 12/3456' },
  { key: 'semanticScholarId', kind: 'semantic_scholar_id', normalize: normalizeSemanticScholarId, what: 'a Semantic Scholar author id' },
  { key: 'openReviewId', kind: 'openreview_id', normalize: normalizeOpenReviewId, what: 'an OpenReview profile id such as ~Ada_Lovelace1' },
  { key: 'githubLogin', kind: 'github_login', normalize: normalizeGithubLogin, what: 'a GitHub login or profile URL' },
  { key: 'openAlexId', kind: 'openalex_id', normalize: normalizeOpenAlexId, what: 'an OpenAlex author id such as A1969205032' },
];

/** Sort key expression and its SQL type (for the cursor comparison); ties break on id. */
const SORTS: Record<CandidateSort, { expr: string; type: string; defaultOrder: SortOrder }> = {
  name: { expr: 'c.name_key', type: 'varchar', defaultOrder: 'asc' },
  createdAt: { expr: 'c.created_at', type: 'timestamptz', defaultOrder: 'desc' },
  firstAuthorTopTier: { expr: 's.first_author_top_tier', type: 'int', defaultOrder: 'desc' },
  creditAdjusted: { expr: 's.credit_adjusted', type: 'numeric', defaultOrder: 'desc' },
};

interface CandidateRow {
  id: string;
  display_name: string;
  given_name: string;
  family_name: string;
  emails: string[];
  affiliations: string[];
  location: string | null;
  links: CandidateLink[];
  tags: string[];
  notes: string;
  primary_channel: CandidateSummary['primaryChannel'];
  primary_credit: string | null;
  archived_at: Date | null;
  erased_at?: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  first_author_top_tier: number;
  credit_adjusted: string;
  best_venue_tier: number | null;
  reproduced_reimplementations: number;
  sort_value?: string;
}

interface PaperRow {
  id: string;
  title: string;
  venue: string | null;
  venue_tier: number | null;
  year: number | null;
  acceptance: CandidatePaper['acceptance'];
  author_position: number;
  author_count: number;
  authors_truncated: boolean;
  co_authors: { position: number; name: string; candidateId: string | null }[] | null;
  arxiv_id: string | null;
  doi: string | null;
  dblp_key: string | null;
  openreview_id: string | null;
  semantic_scholar_id: string | null;
  links: CandidateLink[];
  provenance: Record<string, unknown>;
  counted: boolean;
  first_author_top_tier: boolean;
}

interface Cursor {
  s: CandidateSort;
  o: SortOrder;
  v: string;
  id: string;
}

/** The normalised, storable form of a candidate's editable fields. */
interface CandidateFields {
  displayName: string;
  givenName: string;
  familyName: string;
  nameKey: string;
  emails: string[];
  affiliations: string[];
  location: string | null;
  links: CandidateLink[];
  tags: string[];
  notes: string;
  primaryChannel: CandidateSummary['primaryChannel'];
  primaryCredit: string | null;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(_ctx: RequestContext, query: CandidateQueryDto): Promise<CandidatePage> {
    const sort = query.sort ?? 'name';
    const order = query.order ?? SORTS[sort].defaultOrder;
    const limit = query.limit ?? 50;
    const { expr, type } = SORTS[sort];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // Erased candidates are anonymous tombstones kept for counts only: never listed or found.
    const where: string[] = ['c.erased_at IS NULL', query.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
    const q = query.q === undefined ? '' : searchFold(query.q);
    if (q) where.push(`c.search_text LIKE ${p(`%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)}`);
    if (query.channel) where.push(`c.primary_channel = ${p(query.channel)}`);
    if (query.venue) {
      where.push(
        `EXISTS (SELECT 1 FROM paper_author pa JOIN paper p ON p.id = pa.paper_id WHERE pa.candidate_id = c.id AND p.venue = ${p(query.venue)})`,
      );
    }
    if (query.year !== undefined) {
      where.push(
        `EXISTS (SELECT 1 FROM paper_author pa JOIN paper p ON p.id = pa.paper_id WHERE pa.candidate_id = c.id AND p.year = ${p(query.year)})`,
      );
    }
    if (query.tier !== undefined) where.push(`s.best_venue_tier <= ${p(query.tier)}`);
    if (query.hasFirstAuthorTopTier !== undefined) where.push(`s.first_author_top_tier ${query.hasFirstAuthorTopTier ? '> 0' : '= 0'}`);
    if (query.hasReproducedReimplementation !== undefined)
      where.push(`s.reproduced_reimplementations ${query.hasReproducedReimplementation ? '> 0' : '= 0'}`);

    const dir = order === 'asc' ? 'ASC' : 'DESC';
    let after = '';
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor, sort, order);
      // Row comparison on (sort key, id): the page starts strictly after the last row of the previous one.
      after = `WHERE (t.sort_key, t.id) ${order === 'asc' ? '>' : '<'} (${p(cursor.v)}::${type}, ${p(cursor.id)}::uuid)`;
    }
    const rows: (CandidateRow & { sort_value: string })[] = await this.db.query(
      `SELECT * FROM (
         SELECT c.*, ${STORED_SIGNAL_COLUMNS}, ${expr} AS sort_key, (${expr})::text AS sort_value
           FROM candidate c ${STORED_SIGNALS_JOIN}
          WHERE ${where.join(' AND ')}
       ) t ${after}
       ORDER BY t.sort_key ${dir}, t.id ${dir}
       LIMIT ${p(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummary),
      nextCursor: rows.length > limit && last ? encodeCursor({ s: sort, o: order, v: last.sort_value, id: last.id }) : null,
    };
  }

  async get(_ctx: RequestContext, candidateId: string): Promise<CandidateDetail> {
    return this.detail(this.db.manager, candidateId);
  }

  async create(ctx: RequestContext, input: CreateCandidateDto): Promise<CandidateDetail> {
    const fields = candidateFields(input);
    const identities = identityRows(fields.emails, input.identities ?? {});
    const id = await this.withIdentityRace(identities, null, async (tx) => {
      await this.assertIdentitiesFree(tx, identities, null);
      const inserted = await tx.insert(CandidateEntity, { ...fields, searchText: searchTextOf(fields), archivedAt: null, version: 1 });
      const candidateId = (inserted.identifiers[0] as { id: string }).id;
      if (identities.length)
        await tx.insert(
          CandidateIdentityEntity,
          identities.map((i) => ({ ...i, candidateId })),
        );
      await this.audit.record(tx, ctx, {
        action: 'candidate.created',
        entityType: 'candidate',
        entityId: candidateId,
        subject: { candidateId },
        changes: { ...auditFields(fields), identities: identities.filter((i) => i.kind !== 'email') },
      });
      return candidateId;
    });
    return this.detail(this.db.manager, id);
  }

  /**
   * Applies an edit made from `version`. The conditional UPDATE is the lock: of
   * two editors who loaded the same version exactly one wins, the other gets a
   * 409 with the current version and nothing is written.
   */
  async update(ctx: RequestContext, candidateId: string, input: UpdateCandidateDto): Promise<CandidateDetail> {
    // Read outside the transaction: if it is not the state at input.version, the conditional UPDATE below refuses anyway.
    const before = await this.db.getRepository(CandidateEntity).findOne({ where: { id: candidateId } });
    if (!before) throw candidateNotFound(candidateId);
    if (before.erasedAt) throw candidateErased(candidateId);
    const next = candidateFields({
      name: input.name ?? before.displayName,
      emails: input.emails ?? before.emails,
      affiliations: input.affiliations ?? before.affiliations,
      location: input.location === undefined ? before.location : input.location,
      links: input.links ?? before.links,
      tags: input.tags ?? before.tags,
      notes: input.notes ?? before.notes,
      primaryChannel: input.primaryChannel ?? before.primaryChannel,
      primaryCredit: input.primaryCredit === undefined ? before.primaryCredit : input.primaryCredit,
    });
    if (input.name === undefined)
      Object.assign(next, {
        displayName: before.displayName,
        givenName: before.givenName,
        familyName: before.familyName,
        nameKey: before.nameKey,
      });
    const replacedKinds = new Set<IdentityKind>();
    if (input.emails !== undefined) replacedKinds.add('email');
    for (const { key, kind } of IDENTITY_INPUTS) if (input.identities && input.identities[key] !== undefined) replacedKinds.add(kind);
    const newIdentities = identityRows(input.emails !== undefined ? next.emails : [], input.identities ?? {});

    await this.withIdentityRace(newIdentities, candidateId, async (tx) => {
      const moved = await tx
        .createQueryBuilder()
        .update(CandidateEntity)
        .set({ ...next, searchText: searchTextOf(next), version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :candidateId AND version = :version', { candidateId, version: input.version })
        .execute();
      if (moved.affected !== 1) {
        const current = await tx.findOne(CandidateEntity, { where: { id: candidateId }, select: { id: true, version: true } });
        if (!current) throw candidateNotFound(candidateId);
        throw new DomainError(
          ErrorCode.CANDIDATE_VERSION_CONFLICT,
          `This candidate was edited from version ${input.version}, but version ${current.version} has been saved since; reload and apply your change again`,
          [{ field: 'version', reason: `is not the current version (${current.version})` }],
          { currentVersion: current.version },
        );
      }
      const changes: Record<string, unknown> = diff(auditFields(fieldsOf(before)), auditFields(next));
      if (replacedKinds.size) {
        await this.assertIdentitiesFree(tx, newIdentities, candidateId);
        const previous: CandidateIdentity[] = await tx.query(
          `SELECT kind, value FROM candidate_identity WHERE candidate_id = $1 AND kind = ANY($2) ORDER BY kind, value`,
          [candidateId, [...replacedKinds]],
        );
        await tx.query(`DELETE FROM candidate_identity WHERE candidate_id = $1 AND kind = ANY($2)`, [candidateId, [...replacedKinds]]);
        if (newIdentities.length)
          await tx.insert(
            CandidateIdentityEntity,
            newIdentities.map((i) => ({ ...i, candidateId })),
          );
        const nonEmail = (list: CandidateIdentity[]) => list.filter((i) => i.kind !== 'email');
        if (JSON.stringify(nonEmail(previous)) !== JSON.stringify(nonEmail(sortIdentities(newIdentities)))) {
          changes.identities = { from: nonEmail(previous), to: nonEmail(sortIdentities(newIdentities)) };
        }
      }
      await this.audit.record(tx, ctx, {
        action: 'candidate.updated',
        entityType: 'candidate',
        entityId: candidateId,
        subject: { candidateId },
        changes: { version: { from: input.version, to: input.version + 1 }, ...changes },
      });
    });
    return this.detail(this.db.manager, candidateId);
  }

  /**
   * Archiving hides a candidate from the default list; evidence stays. `version` is the one the
   * user saw: a stale one answers 409 and writes nothing. Archiving an archived candidate changes nothing.
   */
  async setArchived(ctx: RequestContext, candidateId: string, archived: boolean, version: number): Promise<CandidateDetail> {
    await this.db.transaction(async (tx) => {
      const [current]: { version: number; archived_at: Date | null; erased_at: Date | null }[] = await tx.query(
        `SELECT version, archived_at, erased_at FROM candidate WHERE id = $1 FOR UPDATE`,
        [candidateId],
      );
      if (!current) throw candidateNotFound(candidateId);
      if (current.erased_at) throw candidateErased(candidateId);
      if (current.version !== version) throw versionConflict('version', version, current.version);
      if ((current.archived_at !== null) === archived) return;
      const moved = await tx
        .createQueryBuilder()
        .update(CandidateEntity)
        .set({ archivedAt: archived ? () => 'now()' : null, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :candidateId AND version = :version', { candidateId, version })
        .returning(['version'])
        .execute();
      const rows = moved.raw as { version: number }[];
      if (!rows[0]) throw versionConflict('version', version, current.version);
      await this.audit.record(tx, ctx, {
        action: archived ? 'candidate.archived' : 'candidate.unarchived',
        entityType: 'candidate',
        entityId: candidateId,
        changes: { archived: { from: !archived, to: archived }, version: { from: version, to: rows[0].version } },
      });
    });
    return this.detail(this.db.manager, candidateId);
  }

  async addEncounter(ctx: RequestContext, candidateId: string, input: CreateEncounterDto): Promise<Encounter> {
    return this.db.transaction(async (tx) => {
      // Lock the candidate so an encounter cannot land on a row being deleted.
      const [candidate] = await tx.query(`SELECT id, erased_at FROM candidate WHERE id = $1 FOR SHARE`, [candidateId]);
      if (!candidate) throw candidateNotFound(candidateId);
      if (candidate.erased_at) throw candidateErased(candidateId);
      const provenance = { source: 'manual', importedAt: new Date().toISOString(), by: ctx.actor?.email ?? null };
      const encounter = tx.create(EncounterEntity, {
        candidateId,
        event: input.event,
        year: input.year,
        kind: input.kind,
        notes: input.notes?.trim() || null,
        provenance,
      });
      await tx.save(encounter);
      await this.audit.record(tx, ctx, {
        action: 'candidate.encounter_added',
        entityType: 'candidate',
        entityId: candidateId,
        subject: { candidateId },
        changes: { encounterId: encounter.id, event: encounter.event, year: encounter.year, kind: encounter.kind },
      });
      return toEncounter(encounter);
    });
  }

  async listVenues(): Promise<Venue[]> {
    const rows: VenueTierEntity[] = await this.db.getRepository(VenueTierEntity).find({ order: { tier: 'ASC', venue: 'ASC' } });
    return rows.map((v) => ({ venue: v.venue, tier: v.tier as VenueTier, fullName: v.fullName }));
  }

  /** Sets a venue's tier, adding the venue if it is new. Signals read tiers live, so they follow at once. */
  async setVenueTier(ctx: RequestContext, venue: string, input: SetVenueTierDto): Promise<Venue> {
    return this.db.transaction(async (tx) => {
      const existing = await tx.findOne(VenueTierEntity, { where: { venue }, lock: { mode: 'pessimistic_write' } });
      if (!existing && !input.fullName) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `Venue ${venue} is new: give its fullName`, [
          { field: 'fullName', reason: 'is required for a new venue' },
        ]);
      }
      const fullName = input.fullName ?? existing!.fullName;
      await tx.upsert(VenueTierEntity, { venue, tier: input.tier, fullName }, ['venue']);
      await this.audit.record(tx, ctx, {
        action: 'venue.tier_set',
        entityType: 'venue',
        entityId: venue,
        changes: existing
          ? diff({ tier: existing.tier, fullName: existing.fullName }, { tier: input.tier, fullName })
          : { created: true, tier: input.tier, fullName },
      });
      return { venue, tier: input.tier, fullName };
    });
  }

  // ---------------------------------------------------------------------------

  private async detail(db: EntityManager, candidateId: string): Promise<CandidateDetail> {
    const [row]: CandidateRow[] = await db.query(`SELECT c.*, ${SIGNAL_COLUMNS} FROM candidate c ${SIGNALS_JOIN} WHERE c.id = $1`, [
      candidateId,
    ]);
    if (!row) throw candidateNotFound(candidateId);
    if (row.erased_at) throw candidateErased(candidateId);
    const [identities, papers, reimplementations, encounters] = await Promise.all([
      db.query(`SELECT kind, value FROM candidate_identity WHERE candidate_id = $1 ORDER BY kind, value`, [candidateId]) as Promise<
        CandidateIdentity[]
      >,
      db.query(
        `SELECT p.id, p.title, p.venue, vt.tier AS venue_tier, p.year, p.acceptance, pa.position AS author_position,
                ${AUTHOR_COUNT} AS author_count, p.authors_truncated, p.arxiv_id, p.doi, p.dblp_key, p.openreview_id,
                p.semantic_scholar_id, p.links, p.provenance,
                ${COUNTED_PAPER} AS counted, ${FIRST_AUTHOR_TOP_TIER} AS first_author_top_tier,
                (SELECT jsonb_agg(jsonb_build_object('position', x.position, 'name', x.name, 'candidateId', x.candidate_id) ORDER BY x.position)
                   FROM paper_author x WHERE x.paper_id = p.id AND x.position <> pa.position) AS co_authors
           FROM paper_author pa
           JOIN paper p ON p.id = pa.paper_id
           LEFT JOIN venue_tier vt ON vt.venue = p.venue
          WHERE pa.candidate_id = $1
          ORDER BY p.year DESC NULLS LAST, p.title, pa.position`,
        [candidateId],
      ) as Promise<PaperRow[]>,
      db.query(
        `SELECT r.* FROM reimplementation_author ra JOIN reimplementation r ON r.id = ra.reimplementation_id
          WHERE ra.candidate_id = $1 ORDER BY r.year DESC NULLS LAST, r.repo_url`,
        [candidateId],
      ),
      db.query(`SELECT * FROM encounter WHERE candidate_id = $1 ORDER BY year DESC, created_at DESC`, [candidateId]),
    ]);
    const summary = toSummary(row);
    return {
      ...summary,
      givenName: row.given_name,
      familyName: row.family_name,
      links: row.links,
      notes: row.notes,
      identities,
      papers: papers.map(toPaper),
      reimplementations: reimplementations.map(toReimplementation),
      encounters: encounters.map((e: any) => toEncounter({ ...e, candidateId: e.candidate_id, createdAt: e.created_at })),
      explanation: explain(summary.signals, papers, reimplementations),
    };
  }

  /** The first strong key already held by another candidate, as a 409 naming the field and that candidate. */
  private async assertIdentitiesFree(tx: EntityManager, identities: CandidateIdentity[], selfId: string | null): Promise<void> {
    if (!identities.length) return;
    const [taken]: { kind: IdentityKind; value: string; candidate_id: string }[] = await tx.query(
      `SELECT i.kind, i.value, i.candidate_id FROM candidate_identity i
         JOIN unnest($1::varchar[], $2::varchar[]) AS k(kind, value) ON k.kind = i.kind AND k.value = i.value
        WHERE i.candidate_id IS DISTINCT FROM $3::uuid
        ORDER BY i.kind, i.value LIMIT 1`,
      [identities.map((i) => i.kind), identities.map((i) => i.value), selfId],
    );
    if (taken) throw identityTaken(taken.kind, taken.value, taken.candidate_id);
  }

  /**
   * Runs the write; if a concurrent request took one of the keys between the
   * check and the insert, the primary key refuses it and this answers the same
   * 409 as the check would have.
   */
  private async withIdentityRace<T>(
    identities: CandidateIdentity[],
    selfId: string | null,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if ((error as { code?: string }).code === '23505' && identities.length)
        await this.assertIdentitiesFree(this.db.manager, identities, selfId);
      throw error;
    }
  }
}

export function candidateNotFound(candidateId: string, field = 'candidateId'): DomainError {
  return new DomainError(ErrorCode.CANDIDATE_NOT_FOUND, `No candidate with id ${candidateId}`, [
    { field, reason: 'no candidate has this id' },
  ]);
}

/** 409 for an edit made from an old version: names the field, and carries the current version for the client to reload. */
export function versionConflict(field: string, sent: number, current: number): DomainError {
  return new DomainError(
    ErrorCode.CANDIDATE_VERSION_CONFLICT,
    `This candidate was edited from version ${sent}, but version ${current} has been saved since; reload and apply your change again`,
    [{ field, reason: `is not the current version (${current})` }],
    { currentVersion: current },
  );
}

function identityField(kind: IdentityKind): string {
  if (kind === 'email') return 'emails';
  return `identities.${IDENTITY_INPUTS.find((i) => i.kind === kind)!.key}`;
}

function identityTaken(kind: IdentityKind, value: string, existingCandidateId: string): DomainError {
  const field = identityField(kind);
  return new DomainError(
    ErrorCode.CANDIDATE_IDENTITY_TAKEN,
    `${field} ${value} already belongs to candidate ${existingCandidateId}; open that candidate instead of creating a duplicate`,
    [{ field, reason: `already belongs to candidate ${existingCandidateId}` }],
    { existingCandidateId },
  );
}

function invalid(fields: FieldError[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, fields);
}

/** Accent-folded, lower-cased, whitespace collapsed: the form of both search_text and `q`. */
export function searchFold(text: string): string {
  return foldAccents(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function searchTextOf(fields: Pick<CandidateFields, 'displayName' | 'nameKey' | 'emails' | 'affiliations' | 'tags'>): string {
  return searchFold([fields.displayName, fields.nameKey, ...fields.emails, ...fields.affiliations, ...fields.tags].join(' \n '));
}

function uniqueBy(values: string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Validates and normalises what the domain rules (not class-validator) decide: the name and the emails. */
function candidateFields(input: Omit<CreateCandidateDto, 'identities'>): CandidateFields {
  const problems: FieldError[] = [];
  const parsed = parsePersonName(input.name);
  if (!parsed.display.trim()) problems.push({ field: 'name', reason: 'must contain a name' });
  const emails: string[] = [];
  (input.emails ?? []).forEach((raw, index) => {
    const email = normalizeEmail(raw);
    if (email) emails.push(email);
    else problems.push({ field: `emails.${index}`, reason: 'must be an email address' });
  });
  if (problems.length) throw invalid(problems);
  return {
    displayName: parsed.display,
    givenName: parsed.given,
    familyName: [parsed.family, parsed.suffix].filter(Boolean).join(' '),
    nameKey: nameKey(input.name),
    emails: uniqueBy(emails, (e) => e),
    affiliations: uniqueBy(input.affiliations ?? [], searchFold),
    location: input.location?.trim() || null,
    links: (input.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    tags: uniqueBy(input.tags ?? [], searchFold),
    notes: input.notes ?? '',
    primaryChannel: input.primaryChannel,
    primaryCredit: input.primaryCredit?.trim() || null,
  };
}

function fieldsOf(c: CandidateEntity): CandidateFields {
  return {
    displayName: c.displayName,
    givenName: c.givenName,
    familyName: c.familyName,
    nameKey: c.nameKey,
    emails: c.emails,
    affiliations: c.affiliations,
    location: c.location,
    links: c.links,
    tags: c.tags,
    notes: c.notes,
    primaryChannel: c.primaryChannel,
    primaryCredit: c.primaryCredit,
  };
}

/**
 * What the audit log keeps of a candidate's fields. Free text (notes, who gets credit) may name other people, and
 * entries are sealed under this candidate's key only, so erasing someone named there could not shred it: the log
 * keeps a fingerprint that shows when the text changed, never the text.
 */
function auditFields(f: CandidateFields): Record<string, unknown> {
  return {
    name: f.displayName,
    emails: f.emails,
    affiliations: f.affiliations,
    location: f.location,
    links: f.links,
    tags: f.tags,
    notes: fingerprint(f.notes),
    primaryChannel: f.primaryChannel,
    primaryCredit: f.primaryCredit === null ? null : fingerprint(f.primaryCredit),
  };
}

export function fingerprint(text: string): string {
  if (!text) return '';
  return `(${text.length} characters, #${createHash('sha256').update(text).digest('hex').slice(0, 8)})`;
}

function diff(from: Record<string, unknown>, to: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(to)) {
    if (JSON.stringify(from[key]) !== JSON.stringify(to[key])) out[key] = { from: from[key], to: to[key] };
  }
  return out;
}

function sortIdentities(list: CandidateIdentity[]): CandidateIdentity[] {
  return [...list].sort((a, b) => (a.kind === b.kind ? (a.value < b.value ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}

/** Emails plus the given strong keys, normalised by the identity lib; an invalid key is a 400 naming it. */
function identityRows(emails: string[], input: CandidateIdentityInput): CandidateIdentity[] {
  const rows: CandidateIdentity[] = emails.map((value) => ({ kind: 'email', value }));
  const problems: FieldError[] = [];
  for (const { key, kind, normalize, what } of IDENTITY_INPUTS) {
    const raw = input[key];
    if (raw === undefined || raw === null || raw.trim() === '') continue;
    const value = normalize(raw);
    if (value) rows.push({ kind, value });
    else problems.push({ field: `identities.${key}`, reason: `must be ${what}` });
  }
  if (problems.length) throw invalid(problems);
  return rows;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string, sort: CandidateSort, order: SortOrder): Cursor {
  let cursor: Partial<Cursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    cursor = undefined;
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!cursor || typeof cursor.v !== 'string' || typeof cursor.id !== 'string' || !uuid.test(cursor.id) || !(cursor.s! in SORTS)) {
    throw invalid([{ field: 'cursor', reason: 'is not a cursor from this API' }]);
  }
  if (cursor.s !== sort || cursor.o !== order) {
    throw invalid([{ field: 'cursor', reason: `was made for sort=${cursor.s}&order=${cursor.o}; start again without a cursor` }]);
  }
  // The sort value goes back into SQL cast to the sort key's type; one that does not parse is not ours.
  if ((sort === 'firstAuthorTopTier' && !/^-?\d+$/.test(cursor.v)) || (sort === 'creditAdjusted' && !/^-?\d+(?:\.\d+)?$/.test(cursor.v))) {
    throw invalid([{ field: 'cursor', reason: 'is not a cursor from this API' }]);
  }
  if (sort === 'createdAt' && Number.isNaN(Date.parse(cursor.v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')))) {
    throw invalid([{ field: 'cursor', reason: 'is not a cursor from this API' }]);
  }
  return cursor as Cursor;
}

function signalsOf(row: CandidateRow): CandidateSignals {
  return {
    firstAuthorTopTier: Number(row.first_author_top_tier ?? 0),
    creditAdjusted: Number(row.credit_adjusted ?? 0),
    bestVenueTier: (row.best_venue_tier ?? null) as VenueTier | null,
    reproducedReimplementations: Number(row.reproduced_reimplementations ?? 0),
  };
}

function toSummary(row: CandidateRow): CandidateSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    emails: row.emails,
    affiliations: row.affiliations,
    location: row.location,
    tags: row.tags,
    primaryChannel: row.primary_channel,
    primaryCredit: row.primary_credit,
    archivedAt: row.archived_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    signals: signalsOf(row),
  };
}

function toPaper(row: PaperRow): CandidatePaper {
  return {
    id: row.id,
    title: row.title,
    venue: row.venue,
    venueTier: (row.venue_tier ?? null) as VenueTier | null,
    year: row.year,
    acceptance: row.acceptance,
    authorPosition: row.author_position,
    authorCount: row.author_count,
    authorsTruncated: row.authors_truncated,
    coAuthors: row.co_authors ?? [],
    arxivId: row.arxiv_id,
    doi: row.doi,
    dblpKey: row.dblp_key,
    openReviewId: row.openreview_id,
    semanticScholarId: row.semantic_scholar_id,
    links: row.links,
    provenance: row.provenance,
  };
}

function toReimplementation(row: any): CandidateReimplementation {
  return {
    id: row.id,
    repoUrl: row.repo_url,
    paperTitle: row.paper_title,
    official: row.official,
    reproduced: row.reproduced,
    framework: row.framework,
    year: row.year,
    notes: row.notes,
    provenance: row.provenance,
  };
}

function toEncounter(
  e: Pick<EncounterEntity, 'id' | 'candidateId' | 'event' | 'year' | 'kind' | 'notes' | 'provenance' | 'createdAt'>,
): Encounter {
  return {
    id: e.id,
    candidateId: e.candidateId,
    event: e.event,
    year: e.year,
    kind: e.kind,
    notes: e.notes,
    provenance: e.provenance,
    createdAt: e.createdAt.toISOString(),
  };
}

/** Which papers and repositories make up each signal, from the same SQL rules as the numbers. */
function explain(signals: CandidateSignals, papers: PaperRow[], reimplementations: any[]): SignalsExplanation {
  const ref = (p: PaperRow) => ({ paperId: p.id, title: p.title, venue: p.venue, year: p.year });
  const counted = papers.filter((p) => p.counted);
  const best = signals.bestVenueTier === null ? undefined : counted.find((p) => p.venue_tier === signals.bestVenueTier);
  return {
    rules: SIGNAL_RULES,
    firstAuthorTopTier: papers.filter((p) => p.first_author_top_tier).map(ref),
    creditAdjusted: counted.map((p) => ({ ...ref(p), authorCount: p.author_count, credit: Math.round((1 / p.author_count) * 1e6) / 1e6 })),
    bestVenueTier: best ? { ...ref(best), tier: best.venue_tier as VenueTier } : null,
    reproducedReimplementations: reimplementations
      .filter((r) => r.reproduced === true)
      .map((r) => ({ reimplementationId: r.id, repoUrl: r.repo_url, paperTitle: r.paper_title })),
  };
}

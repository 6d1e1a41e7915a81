import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type ErasureResult } from '@loopboard/contracts';
import { foldAccents } from '@loopboard/domain-identity';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { shredDataKeys } from '../audit/sealing.js';
import type { RequestContext } from '../auth/actor.js';
import type { EraseCandidateDto } from './erasure.dto.js';

/** What an erased candidate's tombstone is called, and what replaces their name or email in other records' free text. */
export const ERASED_NAME = 'Erased candidate';
export const REDACTED = '[erased]';

// Shorter strings (a two-letter name) would blank unrelated words all over other people's notes.
const MIN_NEEDLE_LENGTH = 3;

type ColumnKind = 'text' | 'jsonb';

/**
 * Free-text columns of OTHER rows where someone may have written the erased
 * person's name or email (a colleague's notes, a referral credit, where an
 * import found them). Paper titles and venues are public records and stay.
 */
const FREE_TEXT: { table: string; columns: [string, ColumnKind][]; key?: string }[] = [
  {
    table: 'candidate',
    columns: [
      ['notes', 'text'],
      ['primary_credit', 'text'],
      ['links', 'jsonb'],
    ],
  },
  {
    table: 'encounter',
    columns: [
      ['notes', 'text'],
      ['provenance', 'jsonb'],
    ],
  },
  {
    table: 'reimplementation',
    columns: [
      ['notes', 'text'],
      ['links', 'jsonb'],
      ['provenance', 'jsonb'],
    ],
  },
  {
    table: 'paper',
    columns: [
      ['links', 'jsonb'],
      ['provenance', 'jsonb'],
    ],
  },
  {
    table: 'application_event',
    columns: [['note', 'text']],
  },
  {
    table: 'take_home',
    columns: [
      ['submission_url', 'text'],
      ['submission_note', 'text'],
    ],
  },
  {
    // Keyed by (scorecard_id, competency_key): rows are found and changed by their ctid, under the row lock.
    table: 'scorecard_rating',
    columns: [['evidence', 'text']],
    key: 'ctid',
  },
  {
    table: 'scorecard_amendment',
    columns: [
      ['reason', 'text'],
      ['before', 'jsonb'],
      ['after', 'jsonb'],
    ],
  },
];

export function candidateErased(candidateId: string): DomainError {
  return new DomainError(ErrorCode.CANDIDATE_ERASED, `Candidate ${candidateId} was erased on request; their data no longer exists`, [
    { field: 'candidateId', reason: 'was erased' },
  ]);
}

interface CandidateRow {
  id: string;
  version: number;
  erased_at: Date | null;
  display_name: string;
  given_name: string;
  family_name: string;
  emails: string[];
}

/**
 * Erasure on request. One transaction: the candidate row becomes an anonymous
 * tombstone (channel and creation date stay, so analytics counts stay); their
 * strong keys, encounters and authorship links go; their name and emails are
 * cut out of other records' free text and of stored import files; their audit
 * data key is deleted, which leaves their sealed audit entries unreadable
 * without rewriting the append-only chain. The log keeps only that an erasure
 * happened, why, and how many rows it touched.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async erase(ctx: RequestContext, candidateId: string, input: EraseCandidateDto): Promise<ErasureResult> {
    return this.db.transaction(async (tx) => {
      const [row]: CandidateRow[] = await tx.query(
        `SELECT id, version, erased_at, display_name, given_name, family_name, emails FROM candidate WHERE id = $1 FOR UPDATE`,
        [candidateId],
      );
      if (!row) {
        throw new DomainError(ErrorCode.CANDIDATE_NOT_FOUND, `No candidate with id ${candidateId}`, [
          { field: 'candidateId', reason: 'no candidate has this id' },
        ]);
      }
      if (row.erased_at) throw candidateErased(candidateId);
      if (row.version !== input.version) throw versionConflict(input.version, row.version);

      const needles = await this.personalStrings(tx, row);
      const match = needleMatcher(needles);
      if (match && new RegExp(match.js, 'iu').test(input.reason)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The reason is kept in the audit log, so it must not name the candidate', [
          { field: 'reason', reason: 'must not contain the candidate’s name, email or other identifiers' },
        ]);
      }

      const removed: Record<string, number> = {};
      const count = (key: string, n: number) => {
        removed[key] = (removed[key] ?? 0) + n;
      };
      const affected = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as [unknown, number])[1];

      // The conditional UPDATE is the version check that counts (the row is locked, so it agrees with the one above).
      const [[tombstone]]: [{ erased_at: Date }[], number] = await tx.query(
        `UPDATE candidate SET
           display_name = $3, given_name = '', family_name = '', name_key = '', search_text = '',
           emails = '{}', affiliations = '{}', location = NULL, links = '[]', tags = '{}', notes = '',
           primary_credit = NULL, erased_at = now(), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND erased_at IS NULL
         RETURNING erased_at`,
        [candidateId, input.version, ERASED_NAME],
      );
      if (!tombstone) throw versionConflict(input.version, row.version);
      count('candidate', 1);
      count('candidate_identity', await affected(`DELETE FROM candidate_identity WHERE candidate_id = $1`, [candidateId]));
      count('encounter', await affected(`DELETE FROM encounter WHERE candidate_id = $1`, [candidateId]));
      // What they volunteered about themselves goes entirely; the adverse-impact report counts them as not disclosed.
      count('candidate_demographic', await affected(`DELETE FROM candidate_demographic WHERE candidate_id = $1`, [candidateId]));
      // Their take-home submissions (a repository link, their words) go; the state and grades stay for the counts.
      count(
        'take_home',
        await affected(
          `UPDATE take_home SET submission_url = NULL, submission_note = CASE WHEN state = 'sent' THEN NULL ELSE $2 END
            WHERE application_id IN (SELECT id FROM application WHERE candidate_id = $1)
              AND (submission_url IS NOT NULL OR submission_note IS NOT NULL)`,
          [candidateId, REDACTED],
        ),
      );
      // Their applications stay (funnel counts), without the notes written about them on the way.
      count(
        'application_event.note',
        await affected(
          `UPDATE application_event SET note = NULL
            WHERE note IS NOT NULL AND application_id IN (SELECT id FROM application WHERE candidate_id = $1)`,
          [candidateId],
        ),
      );
      // Their scorecards stay (ratings and recommendations feed the counts and interviewers' calibration), without the
      // words written about them: evidence, amendment reasons, and the evidence kept in amendments.
      count(
        'scorecard_rating.evidence',
        await affected(
          `UPDATE scorecard_rating SET evidence = $2
            WHERE evidence <> '' AND scorecard_id IN (SELECT s.id FROM scorecard s JOIN application a ON a.id = s.application_id WHERE a.candidate_id = $1)`,
          [candidateId, REDACTED],
        ),
      );
      count(
        'scorecard_amendment',
        await affected(
          `UPDATE scorecard_amendment am SET reason = $2,
                  before = jsonb_set(am.before, '{ratings}', (SELECT coalesce(jsonb_agg(CASE WHEN x->>'evidence' = '' THEN x ELSE jsonb_set(x, '{evidence}', to_jsonb($2::text)) END ORDER BY o), '[]'::jsonb)
                                                              FROM jsonb_array_elements(am.before->'ratings') WITH ORDINALITY AS e(x, o))),
                  after = jsonb_set(am.after, '{ratings}', (SELECT coalesce(jsonb_agg(CASE WHEN x->>'evidence' = '' THEN x ELSE jsonb_set(x, '{evidence}', to_jsonb($2::text)) END ORDER BY o), '[]'::jsonb)
                                                            FROM jsonb_array_elements(am.after->'ratings') WITH ORDINALITY AS e(x, o)))
            WHERE am.scorecard_id IN (SELECT s.id FROM scorecard s JOIN application a ON a.id = s.application_id WHERE a.candidate_id = $1)`,
          [candidateId, REDACTED],
        ),
      );
      const authored: { reimplementation_id: string }[] = (
        await tx.query(`DELETE FROM reimplementation_author WHERE candidate_id = $1 RETURNING reimplementation_id`, [candidateId])
      )[0];
      count('reimplementation_author', authored.length);
      // A repository only they wrote (its URL often carries their login) goes with them; a shared one stays with its co-authors.
      count(
        'reimplementation',
        await affected(
          `DELETE FROM reimplementation r WHERE r.id = ANY($1::uuid[])
              AND NOT EXISTS (SELECT 1 FROM reimplementation_author ra WHERE ra.reimplementation_id = r.id)`,
          [authored.map((a) => a.reimplementation_id)],
        ),
      );
      // Papers are public records shared with co-authors: they stay, with this author's slot anonymised and unlinked.
      // On their own papers, an unlinked slot spelled like one of their names is taken to be them too (a second slot
      // of the same person); elsewhere such a slot is a namesake and keeps its name.
      count(
        'paper_author',
        await affected(
          `UPDATE paper_author SET name = $2, candidate_id = NULL
            WHERE candidate_id = $1
               OR (candidate_id IS NULL AND lower(name) = ANY($3::text[])
                   AND paper_id IN (SELECT paper_id FROM paper_author WHERE candidate_id = $1))`,
          [candidateId, REDACTED, needles.map((n) => n.toLowerCase())],
        ),
      );
      if (match) {
        for (const { table, columns, key } of FREE_TEXT) {
          for (const [column, kind] of columns) {
            const n = await this.redactColumn(tx, table, column, kind, match, candidateId, key);
            if (n) count(`${table}.${column}`, n);
          }
        }
        count('import_batch', await this.redactImports(tx, match));
      }
      count('candidate_data_key', await shredDataKeys(tx, candidateId));

      // Not sealed: this entry must outlive the key. It holds counts and the admin's reason, nothing about the person.
      await this.audit.record(tx, ctx, {
        action: 'candidate.erased',
        entityType: 'candidate',
        entityId: candidateId,
        changes: { reason: input.reason, removed },
      });
      return { candidateId, erasedAt: tombstone.erased_at.toISOString(), removed };
    });
  }

  /** The person's names (as entered, in "Family, Given" order, as spelled on papers, with and without accents), emails and strong keys. */
  private async personalStrings(tx: EntityManager, row: CandidateRow): Promise<string[]> {
    const identities: { value: string }[] = await tx.query(`SELECT value FROM candidate_identity WHERE candidate_id = $1`, [row.id]);
    const spellings: { name: string }[] = await tx.query(`SELECT DISTINCT name FROM paper_author WHERE candidate_id = $1`, [row.id]);
    const given = row.given_name.trim();
    const family = row.family_name.trim();
    const names = [
      row.display_name,
      given && family ? `${given} ${family}` : '',
      given && family ? `${family}, ${given}` : '',
      given && family ? `${family} ${given}` : '',
      ...spellings.map((s) => s.name),
    ];
    // Notes are often typed without accents ("Jose Nunez" for "José Núñez").
    const all = [...names, ...names.map(foldAccents), ...row.emails, ...identities.map((i) => i.value)];
    const seen = new Set<string>();
    const needles: string[] = [];
    for (const raw of all) {
      const needle = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (needle.length < MIN_NEEDLE_LENGTH || needle === REDACTED || seen.has(needle.toLowerCase())) continue;
      seen.add(needle.toLowerCase());
      needles.push(needle);
    }
    // Longest first, so "Jane Q. Smith" is cut whole rather than leaving "Q." behind "[erased]".
    return needles.sort((a, b) => b.length - a.length);
  }

  /** Replaces the person's strings in one column of every other row; returns the rows changed. */
  private async redactColumn(
    tx: EntityManager,
    table: string,
    column: string,
    kind: ColumnKind,
    match: Matcher,
    candidateId: string,
    key = 'id',
  ): Promise<number> {
    const self = table === 'candidate' ? 'id' : table === 'encounter' ? 'candidate_id' : null;
    const rows: { id: string; value: unknown }[] = await tx.query(
      `SELECT ${key}::text AS id, "${column}" AS value FROM "${table}" WHERE "${column}"::text ~* $1${self ? ` AND "${self}" <> $2` : ''} FOR UPDATE`,
      self ? [match.pg, candidateId] : [match.pg],
    );
    const re = new RegExp(match.js, 'giu');
    let changed = 0;
    for (const row of rows) {
      const next = redactValue(row.value, re);
      if (JSON.stringify(next) === JSON.stringify(row.value)) continue;
      await tx.query(
        `UPDATE "${table}" SET "${column}" = $2${kind === 'jsonb' ? '::jsonb' : ''} WHERE ${key} = $1${key === 'ctid' ? '::tid' : ''}`,
        [row.id, kind === 'jsonb' ? JSON.stringify(next) : next],
      );
      changed++;
    }
    return changed;
  }

  /**
   * Stored import files. Every preview not committed yet is deleted: a file may
   * spell the person in ways no pattern finds (BibTeX's `Sch{\"o}lkopf`, mojibake),
   * and committing it later would bring them back; the recruiter uploads it again.
   * A committed batch keeps its record and result, with their strings cut out
   * (its file text was already dropped at commit).
   */
  private async redactImports(tx: EntityManager, match: Matcher): Promise<number> {
    const rows: { id: string; status: string; file_name: string; result: unknown }[] = await tx.query(
      `SELECT id, status, file_name, result FROM import_batch
        WHERE status <> 'committed' OR content ~* $1 OR coalesce(bibtex_macros, '') ~* $1 OR file_name ~* $1 OR coalesce(result::text, '') ~* $1
        FOR UPDATE`,
      [match.pg],
    );
    const re = new RegExp(match.js, 'giu');
    for (const row of rows) {
      if (row.status !== 'committed') {
        await tx.query(`DELETE FROM import_batch WHERE id = $1`, [row.id]);
        continue;
      }
      await tx.query(`UPDATE import_batch SET content = '', bibtex_macros = NULL, file_name = $2, result = $3::jsonb WHERE id = $1`, [
        row.id,
        redactValue(row.file_name, re),
        row.result === null ? null : JSON.stringify(redactValue(row.result, re)),
      ]);
    }
    return rows.length;
  }
}

interface Matcher {
  /** PostgreSQL ARE, for finding rows (~*). */
  pg: string;
  /** The same pattern for JavaScript, for cutting values (flags giu). */
  js: string;
}

/**
 * One alternation of every needle, literal except that any run of whitespace matches any other. The JavaScript
 * pattern, which does the cutting, matches whole words only ("Ali" leaves "quality" alone); the PostgreSQL one
 * only finds candidate rows, so it may be looser.
 */
function needleMatcher(needles: string[]): Matcher | null {
  if (!needles.length) return null;
  const escape = (s: string) => s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  const source = needles.map((n) => n.split(' ').map(escape).join('\\s+')).join('|');
  return { pg: source, js: `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])` };
}

/** Keys the system writes into provenance: ids, times and format names, never a person's words. */
const SYSTEM_KEYS = new Set(['importId', 'importedAt', 'format']);

/** Every string inside the value (recursively through arrays and objects) with the matches replaced. */
function redactValue(value: unknown, re: RegExp): any {
  if (typeof value === 'string') return value.replace(re, REDACTED);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, re));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SYSTEM_KEYS.has(k) ? v : redactValue(v, re)]));
  }
  return value;
}

function versionConflict(seen: number, current: number): DomainError {
  return new DomainError(
    ErrorCode.CANDIDATE_VERSION_CONFLICT,
    `This candidate was shown at version ${seen}, but version ${current} is current; review the candidate again before erasing`,
    [{ field: 'version', reason: `is not the current version (${current})` }],
    { currentVersion: current },
  );
}

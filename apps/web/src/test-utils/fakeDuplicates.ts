import {
  ErrorCode,
  VENUE_TIERS,
  type CandidateDetail,
  type DismissDuplicateRequest,
  type DuplicateCandidateRef,
  type DuplicatePair,
  type EraseCandidateRequest,
  type ErasureResult,
  type FieldError,
  type MergeCandidatesRequest,
  type SetVenueTierRequest,
  type User,
  type Venue,
} from '@loopboard/contracts';

/** What the fake API shares with these handlers: its candidates, its clock and its audit log. */
export interface FakeDuplicatesContext {
  candidates: CandidateDetail[];
  now: () => string;
  recordBy: (actor: User, action: string, entityType: string, entityId: string | null, changes: Record<string, unknown>) => void;
}

interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

type Answer = { status: number; body: unknown };

const DUPLICATE_DEFAULT_LIMIT = 50;

export const DEFAULT_VENUES: Venue[] = [
  { venue: 'NeurIPS', tier: 1, fullName: 'Neural Information Processing Systems' },
  { venue: 'ICML', tier: 1, fullName: 'International Conference on Machine Learning' },
  { venue: 'AISTATS', tier: 2, fullName: 'Artificial Intelligence and Statistics' },
];

// The API's rule for a venue short name (VenueParamsDto).
const VENUE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .&/+-]*$/u;

const error = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...extra },
});
const invalid = (fields: FieldError[]) => error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', { fields });
const forbidden = () => error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');

const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function ref(candidate: CandidateDetail): DuplicateCandidateRef {
  return {
    id: candidate.id,
    displayName: candidate.displayName,
    emails: [...candidate.emails],
    affiliations: [...candidate.affiliations],
    paperCount: candidate.papers.length,
    version: candidate.version,
    createdAt: candidate.createdAt,
  };
}

const union = <T>(a: T[], b: T[]) => [...a, ...b.filter((item) => !a.includes(item))];

/**
 * Duplicates, merges, erasure and the venue table, as the API does them: pairs are
 * active candidates with the same folded name, oldest id first, minus dismissed
 * pairs; a merge checks both versions; an erased candidate answers 410.
 */
export function createFakeDuplicates({ candidates, now, recordBy }: FakeDuplicatesContext) {
  const dismissed = new Set<string>();
  const erased = new Set<string>();
  const venues: Venue[] = DEFAULT_VENUES.map((v) => ({ ...v }));

  function pairs(): DuplicatePair[] {
    const active = candidates.filter((c) => !c.archivedAt).sort((x, y) => x.id.localeCompare(y.id));
    const found: DuplicatePair[] = [];
    for (const [index, a] of active.entries()) {
      for (const b of active.slice(index + 1)) {
        const id = `${a.id}:${b.id}`;
        if (foldName(a.displayName) !== foldName(b.displayName) || dismissed.has(id)) continue;
        found.push({ id, reason: 'same-name', explanation: `same name (${a.displayName})`, a: ref(a), b: ref(b) });
      }
    }
    return found;
  }

  function list(call: Call): Answer {
    const query = new URLSearchParams(call.search);
    const limit = Number(query.get('limit') ?? DUPLICATE_DEFAULT_LIMIT);
    const cursor = query.get('cursor');
    const matching = pairs().filter((pair) => !cursor || pair.id > cursor);
    const items = matching.slice(0, limit);
    const nextCursor = matching.length > limit ? items[items.length - 1].id : null;
    return { status: 200, body: { items, nextCursor } };
  }

  function dismiss(call: Call, actor: User): Answer {
    const { aId, bId } = (call.body ?? {}) as Partial<DismissDuplicateRequest>;
    if (typeof aId !== 'string' || typeof bId !== 'string') return invalid([{ field: 'aId', reason: 'must be a candidate id (UUID)' }]);
    if (aId === bId) return error(400, ErrorCode.MERGE_INVALID, 'A candidate cannot be a duplicate of themselves');
    if (![aId, bId].every((id) => candidates.some((c) => c.id === id)))
      return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
    const [first, second] = [aId, bId].sort();
    dismissed.add(`${first}:${second}`);
    recordBy(actor, 'candidate.duplicate_dismissed', 'candidate', first, { other: second });
    return { status: 204, body: null };
  }

  function merge(call: Call, actor: User): Answer {
    const request = (call.body ?? {}) as Partial<MergeCandidatesRequest>;
    const fields: FieldError[] = [];
    for (const key of ['targetId', 'sourceId'] as const) {
      if (typeof request[key] !== 'string') fields.push({ field: key, reason: 'must be a candidate id (UUID)' });
    }
    for (const key of ['targetVersion', 'sourceVersion'] as const) {
      if (!Number.isInteger(request[key])) fields.push({ field: key, reason: 'must be an integer number' });
    }
    if (fields.length) return invalid(fields);
    if (request.targetId === request.sourceId) return error(400, ErrorCode.MERGE_INVALID, 'A candidate cannot be merged into themselves');
    const target = candidates.find((c) => c.id === request.targetId);
    const source = candidates.find((c) => c.id === request.sourceId);
    if (!target || !source) return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
    const moved = target.version !== request.targetVersion ? target : source.version !== request.sourceVersion ? source : null;
    if (moved) {
      return error(409, ErrorCode.CANDIDATE_VERSION_CONFLICT, 'A candidate changed meanwhile', { currentVersion: moved.version });
    }
    target.emails = union(target.emails, source.emails);
    target.affiliations = union(target.affiliations, source.affiliations);
    target.tags = union(target.tags, source.tags);
    target.identities = [...target.identities, ...source.identities.filter((i) => !target.identities.some((t) => t.kind === i.kind))];
    target.papers = [...target.papers, ...source.papers.filter((p) => !target.papers.some((t) => t.id === p.id))];
    target.reimplementations = [...target.reimplementations, ...source.reimplementations];
    target.encounters = [...target.encounters, ...source.encounters.map((e) => ({ ...e, candidateId: target.id }))];
    if (source.notes) target.notes = target.notes ? `${target.notes}\n\n${source.notes}` : source.notes;
    target.version += 1;
    target.updatedAt = now();
    candidates.splice(candidates.indexOf(source), 1);
    recordBy(actor, 'candidate.merged', 'candidate', target.id, { sourceId: source.id });
    return { status: 200, body: structuredClone(target) };
  }

  function erase(candidateId: string, call: Call, actor: User): Answer {
    if (actor.role !== 'admin') return forbidden();
    const request = (call.body ?? {}) as Partial<EraseCandidateRequest>;
    const fields: FieldError[] = [];
    if (!Number.isInteger(request.version)) fields.push({ field: 'version', reason: 'must be an integer number' });
    const reason = typeof request.reason === 'string' ? request.reason.trim() : '';
    if (reason.length < 3 || reason.length > 500) fields.push({ field: 'reason', reason: 'must be longer than or equal to 3 characters' });
    if (fields.length) return invalid(fields);
    if (erased.has(candidateId)) return error(410, ErrorCode.CANDIDATE_ERASED, 'This candidate was erased');
    const candidate = candidates.find((c) => c.id === candidateId);
    if (!candidate) return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
    if (candidate.version !== request.version) {
      return error(409, ErrorCode.CANDIDATE_VERSION_CONFLICT, 'The candidate changed meanwhile', { currentVersion: candidate.version });
    }
    candidates.splice(candidates.indexOf(candidate), 1);
    erased.add(candidateId);
    const at = now();
    recordBy(actor, 'candidate.erased', 'candidate', candidateId, { reason });
    const result: ErasureResult = { candidateId, erasedAt: at, removed: { candidate: 1, candidate_identity: candidate.identities.length } };
    return { status: 200, body: result };
  }

  function setVenue(name: string, call: Call, actor: User): Answer {
    if (actor.role !== 'admin') return forbidden();
    const request = (call.body ?? {}) as Partial<SetVenueTierRequest>;
    const fields: FieldError[] = [];
    if (name.length < 1 || name.length > 64 || !VENUE_NAME.test(name)) {
      fields.push({ field: 'venue', reason: 'must be a venue short name (letters, digits, spaces, . & / + -)' });
    }
    if (!(VENUE_TIERS as readonly unknown[]).includes(request.tier)) fields.push({ field: 'tier', reason: 'must be one of 1, 2, 3' });
    const fullName = typeof request.fullName === 'string' ? request.fullName.trim() : request.fullName;
    if (fullName !== undefined && (typeof fullName !== 'string' || fullName.length < 1 || fullName.length > 300)) {
      fields.push({ field: 'fullName', reason: 'must be longer than or equal to 1 characters' });
    }
    if (fields.length) return invalid(fields);
    const existing = venues.find((v) => v.venue === name);
    const keptName = (fullName as string | undefined) ?? existing?.fullName;
    if (!keptName) return invalid([{ field: 'fullName', reason: 'is required for a new venue' }]);
    const saved: Venue = { venue: name, tier: request.tier as Venue['tier'], fullName: keptName };
    if (existing) Object.assign(existing, saved);
    else venues.push(saved);
    recordBy(actor, 'venue.tier_set', 'venue', name, { tier: saved.tier, fullName: saved.fullName });
    return { status: 200, body: { ...saved } };
  }

  /** Answers the calls these features own, or undefined to let the rest of the fake API answer. */
  function handle(call: Call, actor: User): Answer | undefined {
    const reads = actor.role === 'admin' || actor.role === 'recruiter' || actor.role === 'hiring_manager';
    const edits = actor.role === 'admin' || actor.role === 'recruiter';

    if (call.path === '/api/venues' && call.method === 'GET') {
      if (!reads) return forbidden();
      return { status: 200, body: [...venues].sort((a, b) => a.tier - b.tier || a.venue.localeCompare(b.venue)) };
    }
    const venueMatch = /^\/api\/venues\/([^/]+)$/.exec(call.path);
    if (venueMatch && call.method === 'PUT') return setVenue(decodeURIComponent(venueMatch[1]).trim(), call, actor);

    if (call.path === '/api/duplicates' && call.method === 'GET') return reads ? list(call) : forbidden();
    if (call.path === '/api/duplicates/dismiss' && call.method === 'POST') return edits ? dismiss(call, actor) : forbidden();
    if (call.path === '/api/candidates/merge' && call.method === 'POST') return edits ? merge(call, actor) : forbidden();

    const candidateMatch = /^\/api\/candidates\/([^/]+)(?:\/(erase))?$/.exec(call.path);
    if (!candidateMatch) return undefined;
    const candidateId = decodeURIComponent(candidateMatch[1]);
    if (candidateMatch[2] && call.method === 'POST') return erase(candidateId, call, actor);
    if (erased.has(candidateId) && reads) return error(410, ErrorCode.CANDIDATE_ERASED, 'This candidate was erased');
    return undefined;
  }

  return {
    handle,
    controls: {
      /** The venue table as the fake API holds it now. */
      venues: () => venues.map((v) => ({ ...v })),
      /** Ids of the candidates erased so far. */
      erasedCandidateIds: () => [...erased],
      /** Pairs marked "not the same person", as `${a}:${b}` with a < b. */
      dismissedPairs: () => [...dismissed],
      /** The candidate was erased before the page opened (e.g. by another admin). */
      eraseElsewhere(candidateId: string) {
        const index = candidates.findIndex((c) => c.id === candidateId);
        if (index >= 0) candidates.splice(index, 1);
        erased.add(candidateId);
      },
    },
  };
}

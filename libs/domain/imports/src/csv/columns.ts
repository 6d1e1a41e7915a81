/**
 * What each header of a candidates CSV means. Headers are compared after
 * lower-casing and dropping everything but letters and digits, so "First Name",
 * "first_name" and "FirstName" are one column.
 */
export type ColumnRole =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'affiliation'
  | 'location'
  | 'github'
  | 'orcid'
  | 'homepage'
  | 'linkedin'
  | 'links'
  | 'tags'
  | 'notes'
  | 'source'
  | 'googleScholar'
  | 'dblp'
  | 'openReview'
  | 'semanticScholar';

const HEADERS: Record<ColumnRole, readonly string[]> = {
  name: ['name', 'fullname', 'candidate', 'candidatename', 'personname', 'displayname'],
  firstName: ['firstname', 'first', 'givenname', 'given', 'forename'],
  lastName: ['lastname', 'last', 'familyname', 'family', 'surname'],
  email: ['email', 'emails', 'emailaddress', 'emailaddresses', 'mail', 'workemail', 'personalemail'],
  affiliation: ['affiliation', 'affiliations', 'organisation', 'organization', 'institution', 'university', 'company', 'employer'],
  location: ['location', 'city', 'basedin'],
  github: ['github', 'githuburl', 'githubprofile', 'githublogin', 'githubusername', 'githubhandle'],
  orcid: ['orcid', 'orcidid'],
  homepage: ['homepage', 'website', 'web', 'personalwebsite', 'url', 'homepageurl'],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile'],
  links: ['links', 'link', 'profiles'],
  tags: ['tags', 'tag', 'labels', 'label'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  source: ['source', 'channel'],
  googleScholar: ['googlescholar', 'googlescholarid', 'scholar', 'scholarurl'],
  dblp: ['dblp', 'dblppid', 'dblpurl'],
  openReview: ['openreview', 'openreviewid'],
  semanticScholar: ['semanticscholar', 'semanticscholarid', 's2id'],
};

/** Roles that merge every matching column; the others take the first and leave the rest as attributes. */
const MULTI: ReadonlySet<ColumnRole> = new Set(['email', 'affiliation']);

const BY_HEADER = new Map<string, ColumnRole>(
  (Object.entries(HEADERS) as Array<[ColumnRole, readonly string[]]>).flatMap(([role, names]) => names.map((n) => [n, role] as const)),
);

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface ColumnPlan {
  /** Column indexes per recognised role. */
  roles: Partial<Record<ColumnRole, number[]>>;
  /** Attribute key (the header as written, made unique) per remaining column. */
  attributes: Map<number, string>;
}

export function planColumns(headers: readonly string[]): ColumnPlan {
  const roles: Partial<Record<ColumnRole, number[]>> = {};
  const attributes = new Map<number, string>();
  const usedKeys = new Set<string>();
  headers.forEach((header, index) => {
    const role = BY_HEADER.get(headerKey(header));
    if (role && (!roles[role] || MULTI.has(role))) {
      (roles[role] ??= []).push(index);
      return;
    }
    const base = header.trim() || `column ${index + 1}`;
    let key = base;
    for (let n = 2; usedKeys.has(key); n++) key = `${base} (${n})`;
    usedKeys.add(key);
    attributes.set(index, key);
  });
  return { roles, attributes };
}

export function hasIdentityColumn(plan: ColumnPlan): boolean {
  return !!(plan.roles.name || plan.roles.firstName || plan.roles.lastName || plan.roles.email);
}

import type { OpeningDetail } from '@loopboard/contracts';
import { OPENING_LEVEL_LABELS, OPENING_STATUS_LABELS } from '../utils/openingVocabulary';

export function OpeningFacts({ opening }: { opening: OpeningDetail }) {
  const team = [...opening.recruiters, ...opening.interviewers].map((person) => person.name);
  return (
    <dl className="facts opening-facts">
      <dt>Role</dt>
      <dd>
        {opening.roleName}, {OPENING_LEVEL_LABELS[opening.level].toLowerCase()}
      </dd>
      <dt>Status</dt>
      <dd>{OPENING_STATUS_LABELS[opening.status]}</dd>
      <dt>Headcount</dt>
      <dd>
        {opening.headcount} ({opening.applicationCounts.hired} hired)
      </dd>
      <dt>Hiring manager</dt>
      <dd>{opening.hiringManager.name}</dd>
      <dt>Target date</dt>
      <dd>{opening.targetDate ?? 'None'}</dd>
      <dt>Team</dt>
      <dd>{team.length ? team.join(', ') : 'Nobody yet'}</dd>
    </dl>
  );
}

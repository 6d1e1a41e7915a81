import type { Encounter } from '@loopboard/contracts';
import { ENCOUNTER_LABELS } from '../utils/candidateVocabulary';

interface CandidateEncountersListProps {
  encounters: Encounter[];
}

export function CandidateEncountersList({ encounters }: CandidateEncountersListProps) {
  if (encounters.length === 0) return <p className="muted">No encounters recorded.</p>;
  return (
    <ul className="encounter-list">
      {encounters.map((encounter) => (
        <li key={encounter.id}>
          <strong>{`${encounter.event} ${encounter.year}`}</strong>
          {` · ${ENCOUNTER_LABELS[encounter.kind]}`}
          {encounter.notes && <p className="muted">{encounter.notes}</p>}
        </li>
      ))}
    </ul>
  );
}

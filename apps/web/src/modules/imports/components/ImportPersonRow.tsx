import type { ImportPersonPreview } from '@loopboard/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../utils/formatCount';

interface ImportPersonRowProps {
  person: ImportPersonPreview;
  /** Present in "Choose…" mode: whether the person is chosen, and how to change it. */
  choice?: { chosen: boolean; onChange: (chosen: boolean) => void };
  /** Display names of the other people in the file the API found similar. */
  similarNames: string[];
}

/** One person of the preview: name, first author or not, their papers (expandable), and what the commit will do. */
export function ImportPersonRow({ person, choice, similarNames }: ImportPersonRowProps) {
  const [expanded, setExpanded] = useState(false);
  const papersId = `import-papers-${person.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const otherSpellings = person.spellings.filter((s) => s !== person.displayName);
  const conflict = person.action === 'conflict';
  const reasonId = `${papersId}-unselectable`;
  return (
    <tr className={`import-person import-person--${person.action}`}>
      {choice && (
        <td className="import-person__choice">
          <input
            type="checkbox"
            aria-label={`Import ${person.displayName}`}
            // A person in conflict can only be left out (or unticked, if chosen before), never chosen.
            checked={choice.chosen}
            disabled={conflict && !choice.chosen}
            aria-describedby={conflict ? reasonId : undefined}
            title={conflict ? 'Cannot be imported: matches several existing candidates. Merge them first.' : undefined}
            onChange={(event) => choice.onChange(event.target.checked)}
          />
          {conflict && (
            <span id={reasonId} className="visually-hidden">
              Cannot be imported: matches several existing candidates. Merge them first.
            </span>
          )}
        </td>
      )}
      <th scope="row">
        {person.displayName}
        {otherSpellings.length > 0 && <span className="import-person__spellings">{`also written ${otherSpellings.join('; ')}`}</span>}
      </th>
      <td>{person.firstAuthor ? 'Yes' : 'No'}</td>
      <td>
        {person.papers.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-expanded={expanded}
              aria-controls={papersId}
              onClick={() => setExpanded((open) => !open)}
            >
              {formatCount(person.papers.length, 'paper')}
            </button>
            {expanded && (
              <ul id={papersId} className="import-person__papers">
                {person.papers.map((paper) => (
                  <li key={`${paper.sourceRef}:${paper.position}`}>
                    {paper.title}
                    <span className="muted">
                      {` · ${[paper.venue, paper.year].filter(Boolean).join(' ')}${paper.venue || paper.year ? ' · ' : ''}author ${paper.position}${paper.firstAuthor ? ' (first)' : ''}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {person.reimplementations.length > 0 && (
          <p className="import-person__reimplementations">{formatCount(person.reimplementations.length, 're-implementation')}</p>
        )}
      </td>
      <td>
        <ActionText person={person} />
        {similarNames.length > 0 && <p className="import-person__note">{`Similar name in this file: ${similarNames.join(', ')}`}</p>}
      </td>
    </tr>
  );
}

function ActionText({ person }: { person: ImportPersonPreview }) {
  if (person.action === 'create' && person.possibleDuplicates.length > 0) {
    const names = person.possibleDuplicates.map((d) => d.candidateName).join(', ');
    return (
      <p className="import-person__flag">
        <span className="badge">Possible duplicate</span>
        {` Possible duplicate of ${names} — will be created; review on the `}
        <Link to="/candidates/duplicates">duplicates page</Link>
      </p>
    );
  }
  return (
    <p className={person.action === 'conflict' ? 'import-person__flag import-person__flag--bad' : undefined}>
      {person.action === 'conflict' && <span className="badge">Conflict</span>}
      {person.action === 'conflict' ? ` ${capitalise(person.actionText)}` : capitalise(person.actionText)}
    </p>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

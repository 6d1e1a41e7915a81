import { useEffect, useId, useState } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

interface CandidateSearchBoxProps {
  /** The search the URL holds now. */
  value: string;
  onSearch: (q: string) => void;
}

const SEARCH_DELAY_MS = 300;

export function CandidateSearchBox({ value, onSearch }: CandidateSearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS);

  // Back/forward or a shared link changes the URL under the box: show what it searches for.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value.trim() !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (settled.trim() !== value.trim()) onSearch(settled);
    // Only a settled change of the text searches; a URL change alone must not write the URL back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <div className="field candidate-search">
      <label htmlFor={id}>Search candidates</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder="Name, email, affiliation or tag"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSearch(text);
        }}
      />
    </div>
  );
}

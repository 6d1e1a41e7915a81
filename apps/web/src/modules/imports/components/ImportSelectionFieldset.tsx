import type { ImportSelection } from '@loopboard/contracts';
import { useId } from 'react';
import { formatNumber } from '../utils/formatCount';

interface ImportSelectionFieldsetProps {
  value: ImportSelection;
  onChange: (value: ImportSelection) => void;
  counts: { all: number; firstAuthors: number };
  disabled: boolean;
}

export function ImportSelectionFieldset({ value, onChange, counts, disabled }: ImportSelectionFieldsetProps) {
  const name = useId();
  const option = (key: ImportSelection, label: string) => (
    <label className="check">
      <input type="radio" name={name} value={key} checked={value === key} disabled={disabled} onChange={() => onChange(key)} />
      {label}
    </label>
  );
  return (
    <fieldset className="import-selection">
      <legend>Who to import</legend>
      {option('all', `All people (${formatNumber(counts.all)})`)}
      {option('first-authors', `First authors only (${formatNumber(counts.firstAuthors)})`)}
      {option('selected', 'Choose…')}
    </fieldset>
  );
}

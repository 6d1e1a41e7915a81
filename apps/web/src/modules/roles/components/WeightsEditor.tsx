import { COMPETENCY_KEYS, type CompetencyKey, type Role, type RoleWeightsVersion } from '@loopboard/contracts';
import { diffWeights, sumWeights, validateWeights } from '@loopboard/domain-scoring';
import { useId, useState, type FormEvent } from 'react';
import { useCreateRoleVersion } from '../hooks/useCreateRoleVersion';
import { useReloadRole } from '../hooks/useReloadRole';
import type { CompetencyNames } from '../utils/competencyNames';
import { formatChange, formatPercent, formatSum } from '../utils/weightFormat';
import { normalizeForEditing, parseDraft, toDraft, usableWeights, type WeightsDraft } from '../utils/weightsDraft';
import { SaveErrorAlert } from './SaveErrorAlert';
import { WeightsComparisonChart } from './LazyWeightsCharts';

interface WeightsEditorProps {
  role: Role;
  names: CompetencyNames;
}

const NOTE_MAX_LENGTH = 500;

/**
 * Edits a role's weights into a new version. The editor remembers the version
 * it started from (`base`) rather than following the live role: if someone else
 * saves meanwhile, the server refuses with a conflict instead of this editor
 * silently overwriting their change.
 */
export function WeightsEditor({ role, names }: WeightsEditorProps) {
  const id = useId();
  const [base, setBase] = useState<RoleWeightsVersion>(role.current);
  const [draft, setDraft] = useState<WeightsDraft>(() => toDraft(role.current.weights));
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const save = useCreateRoleVersion(role.id);
  const reloadRole = useReloadRole(role.id);

  const proposed = parseDraft(draft);
  const problems = validateWeights(proposed);
  const valid = problems.length === 0;
  const plotted = usableWeights(proposed);
  const total = sumWeights(plotted);
  const changes = diffWeights(base.weights, plotted);
  const sumProblem = problems.find((p) => p.field === 'weights');
  const fieldProblems = (key: CompetencyKey) => problems.filter((p) => p.field === `weights.${key}`);

  const inputId = (key: CompetencyKey) => `${id}-weight-${key}`;
  const sumErrorId = `${id}-sum-error`;
  const saveHintId = `${id}-save-hint`;
  const noteHintId = `${id}-note-hint`;

  function startFrom(version: RoleWeightsVersion, message: string) {
    setBase(version);
    setDraft(toDraft(version.weights));
    setNote('');
    setReloadError(null);
    save.reset();
    setStatus(message);
  }

  function edit(key: CompetencyKey, value: string) {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus('');
  }

  function normalize() {
    setDraft(toDraft(normalizeForEditing(proposed)));
    setStatus('');
  }

  function reset() {
    setDraft(toDraft(base.weights));
    setStatus('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!valid || save.isPending) return;
    const trimmedNote = note.trim();
    save.mutate(
      { baseVersion: base.version, weights: proposed, ...(trimmedNote ? { note: trimmedNote } : {}) },
      { onSuccess: (saved) => startFrom(saved, `Saved version ${saved.version}`) },
    );
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const latest = await reloadRole();
      startFrom(latest.current, `Loaded the latest weights (v${latest.current.version}). Apply your change again.`);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  return (
    <div className="weights-editor">
      {/* Our own validation (validateWeights) decides; the browser's step check would reject 0.125. */}
      <form className="weights-form" onSubmit={submit} noValidate aria-label={`Weights for ${role.name}`}>
        <p className="hint">
          Weights are fractions from 0 to 1 and must add up to 1. Saving creates a new version; this edit started
          from v{base.version}.
        </p>
        <div className="weight-rows">
          <div className="weight-row weight-row--head" aria-hidden="true">
            <span>Competency</span>
            <span>Weight</span>
            <span>{`v${base.version} → proposed`}</span>
          </div>
          {COMPETENCY_KEYS.map((key) => {
            const errors = fieldProblems(key);
            const changeId = `${inputId(key)}-change`;
            const errorId = `${inputId(key)}-error`;
            return (
              <div className="weight-row" key={key}>
                <label htmlFor={inputId(key)}>{names[key]}</label>
                <input
                  id={inputId(key)}
                  name={key}
                  type="number"
                  inputMode="decimal"
                  step="0.01"
                  min="0"
                  max="1"
                  value={draft[key]}
                  onChange={(event) => edit(key, event.target.value)}
                  aria-invalid={errors.length > 0}
                  aria-describedby={errors.length > 0 ? `${changeId} ${errorId}` : changeId}
                />
                <span id={changeId} className="weight-row__change">
                  {`${formatPercent(base.weights[key])} → ${formatPercent(plotted[key])}`}{' '}
                  <span className={changeClass(changes[key])}>{`(${formatChange(changes[key])})`}</span>
                </span>
                {errors.length > 0 && (
                  <p id={errorId} className="field-error">
                    {errors.map((e) => `${names[key]} ${e.reason}`).join('; ')}
                  </p>
                )}
              </div>
            );
          })}
        </div>

        <div className="weights-sum" aria-live="polite">
          <span className={sumProblem ? 'weights-sum__value weights-sum__value--bad' : 'weights-sum__value'}>
            {`Sum: ${formatSum(total)}`}
          </span>
          {sumProblem && (
            <span id={sumErrorId} className="field-error">
              {`Weights ${sumProblem.reason}`}
            </span>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={2}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby={noteHintId}
          />
          <p id={noteHintId} className="hint">
            Optional: why the weights changed, shown in the version history.
          </p>
        </div>

        {save.isError && <SaveErrorAlert error={save.error} names={names} onReloadLatest={reloadLatest} reloading={reloading} />}
        {reloadError !== null && (
          <div className="alert alert--error" role="alert">
            <p>{`The latest weights could not be loaded: ${reloadError instanceof Error ? reloadError.message : 'unknown error'}`}</p>
          </div>
        )}

        <div className="form-actions">
          <button type="button" className="button" onClick={normalize} disabled={total <= 0}>
            Normalize
          </button>
          <button type="button" className="button button--quiet" onClick={reset}>
            Reset changes
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!valid || save.isPending}
            aria-describedby={valid ? undefined : sumProblem ? `${sumErrorId} ${saveHintId}` : saveHintId}
          >
            Save new version
          </button>
          {!valid && (
            <p id={saveHintId} className="hint form-actions__hint">
              Fix the weights above to save{sumProblem ? ', or use Normalize to scale them to a sum of 1' : ''}.
            </p>
          )}
          {save.isPending && <span className="hint">Saving…</span>}
        </div>
        <p role="status" className="form-status">
          {status}
        </p>
      </form>

      <section className="preview" aria-labelledby={`${id}-preview-heading`}>
        <h3 id={`${id}-preview-heading`}>Preview</h3>
        <WeightsComparisonChart current={base.weights} proposed={plotted} currentLabel={`Current (v${base.version})`} names={names} />
      </section>
    </div>
  );
}

function changeClass(delta: number): string {
  const points = Number((delta * 100).toFixed(1));
  if (points > 0) return 'change change--up';
  if (points < 0) return 'change change--down';
  return 'change';
}

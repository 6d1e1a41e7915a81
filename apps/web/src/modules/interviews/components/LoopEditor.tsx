import { ErrorCode, type InterviewTypeSummary, type LoopStage, type UpdateRoleLoopRequest } from '@loopboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { describeLoopField, fieldErrorsOf, oneBasedStageRefs, reasonsFor } from '../utils/fieldErrors';
import { move } from '../utils/kitDraft';
import { newStageId, toggleType, toLoopRequest, toStageDrafts, type StageDraft } from '../utils/loopDraft';
import { InlineFieldError } from './InlineFieldError';
import { SaveConflictAlert } from './SaveConflictAlert';

/** What the editor needs of a loop: a role's template or an opening's own copy. */
export interface EditableLoop {
  version: number;
  stages: LoopStage[];
}

export interface LoopEditorProps<TSaved> {
  /** Names the form, e.g. "Interview loop for ML engineer". */
  label: string;
  loop: EditableLoop;
  types: InterviewTypeSummary[];
  /** Sends the stages with the version the edit started from (the server answers 409 if it is stale). */
  save: (request: UpdateRoleLoopRequest) => Promise<TSaved>;
  /** Fetches the latest loop (after a conflict). */
  reload: () => Promise<EditableLoop>;
  onSaved: (saved: TSaved) => void;
  onCancel: () => void;
  /** Explains errors this kind of loop has beyond the shared ones; undefined falls back to the shared explanation. */
  explainError?: (error: unknown) => ReactNode | undefined;
  /** Who may change this loop, for a 403 ("Only admins can change the loop."). */
  forbiddenMessage?: string;
  /** Shown above the stages, e.g. what a save does not change. */
  note?: ReactNode;
}

/** Edits a loop; a save names the version the edit started from (409 if stale). */
export function LoopEditor<TSaved>({
  label,
  loop,
  types,
  save: send,
  reload,
  onSaved,
  onCancel,
  explainError,
  forbiddenMessage,
  note,
}: LoopEditorProps<TSaved>) {
  const id = useId();
  const [base, setBase] = useState<EditableLoop>(loop);
  const [stages, setStages] = useState<StageDraft[]>(() => toStageDrafts(loop.stages));
  const [status, setStatus] = useState('');
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const save = useMutation({ mutationFn: send });
  const reloadLoop = reload;
  const errors = new Map([...fieldErrorsOf(save.error)].map(([field, reasons]) => [field, reasons.map(oneBasedStageRefs)]));
  const errorId = (field: string) => `${id}-${field.replace(/\./g, '-')}-error`;

  function update(change: (current: StageDraft[]) => StageDraft[], structural = false) {
    setStages(change);
    setStatus('');
    // Field errors name stage positions; once stages move, those positions no longer match.
    if (structural) save.reset();
  }

  const editStage = (index: number, change: Partial<StageDraft>) =>
    update((current) => current.map((stage, i) => (i === index ? { ...stage, ...change } : stage)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(toLoopRequest(stages, base.version), { onSuccess: (saved) => onSaved(saved) });
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const latest = await reloadLoop();
      setBase(latest);
      setStages(toStageDrafts(latest.stages));
      setReloadError(null);
      save.reset();
      setStatus(`Loaded the latest loop (v${latest.version}). Apply your change again.`);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  return (
    <form className="loop-editor" onSubmit={submit} noValidate aria-label={label}>
      {note}
      <p className="hint">{`Stages run in this order. Saving creates loop version ${base.version + 1}; this edit started from v${base.version}.`}</p>
      <InlineFieldError id={errorId('stages')} label="Stages" reasons={reasonsFor(errors, 'stages')} />
      <ol className="loop-stages">
        {stages.map((stage, index) => {
          const n = index + 1;
          const nameField = `stages.${index}.name`;
          const typesField = `stages.${index}.interviewTypes`;
          const nameReasons = reasonsFor(errors, nameField);
          const typeReasons = reasonsFor(errors, typesField, true);
          return (
            <li key={stage.id} className="loop-editor__stage">
              <div className="field">
                <label htmlFor={`${id}-${stage.id}-name`}>{`Stage ${n} name`}</label>
                <input
                  id={`${id}-${stage.id}-name`}
                  value={stage.name}
                  onChange={(event) => editStage(index, { name: event.target.value })}
                  aria-invalid={nameReasons.length > 0 ? true : undefined}
                  aria-describedby={nameReasons.length > 0 ? errorId(nameField) : undefined}
                />
                <InlineFieldError id={errorId(nameField)} label={`Stage ${n} name`} reasons={nameReasons} />
              </div>
              <fieldset className="loop-editor__types" aria-describedby={typeReasons.length > 0 ? errorId(typesField) : undefined}>
                <legend>{`Stage ${n} interview types`}</legend>
                {types.map((type) => (
                  <label key={type.key}>
                    <input
                      type="checkbox"
                      checked={stage.interviewTypes.includes(type.key)}
                      onChange={(event) =>
                        editStage(index, { interviewTypes: toggleType(stage.interviewTypes, type.key, event.target.checked) })
                      }
                    />
                    {type.name}
                  </label>
                ))}
              </fieldset>
              <InlineFieldError id={errorId(typesField)} label={`Stage ${n} interview types`} reasons={typeReasons} />
              <div className="kit-editor__row-actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => update((current) => move(current, index, -1), true)}
                  disabled={index === 0}
                  aria-label={`Move stage ${n} up`}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => update((current) => move(current, index, 1), true)}
                  disabled={index === stages.length - 1}
                  aria-label={`Move stage ${n} down`}
                >
                  ↓ Down
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => update((current) => current.filter((_, i) => i !== index), true)}
                  aria-label={`Remove stage ${n}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => update((current) => [...current, { id: newStageId(), name: '', interviewTypes: [] }], true)}
      >
        Add stage
      </button>

      {save.isError &&
        (explainError?.(save.error) ?? (
          <SaveConflictAlert
            error={save.error}
            thing="loop"
            conflictCode={ErrorCode.LOOP_VERSION_CONFLICT}
            onReloadLatest={() => void reloadLatest()}
            reloading={reloading}
            fieldErrors={
              <FieldErrorList
                fields={isApiRequestError(save.error) ? save.error.fields : []}
                fallback={save.error instanceof Error ? save.error.message : 'The loop is invalid.'}
                describe={describeLoopField}
              />
            }
            forbiddenMessage={forbiddenMessage}
          />
        ))}
      {reloadError !== null && (
        <div className="alert alert--error" role="alert">
          <p>{`The latest loop could not be loaded: ${reloadError instanceof Error ? reloadError.message : 'unknown error'}`}</p>
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save loop
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        {save.isPending && <span className="hint">Saving…</span>}
      </div>
      <p className="form-status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

import { ErrorCode, RUBRIC_LEVELS, type CompetencyKey, type InterviewType, type RubricLevel } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { useReloadKit } from '../hooks/useReloadKit';
import { useUpdateKit } from '../hooks/useUpdateKit';
import { describeKitField, fieldErrorsOf, reasonsFor } from '../utils/fieldErrors';
import { move, newQuestionId, sameKit, toKitDraft, toKitRequest, type KitDraft } from '../utils/kitDraft';
import { RUBRIC_LEVEL_LABELS } from '../utils/rubricLevels';
import { InlineFieldError } from './InlineFieldError';
import { SaveConflictAlert } from './SaveConflictAlert';
import { UnsavedChangesPrompt } from './UnsavedChangesPrompt';

interface KitEditorProps {
  type: InterviewType;
  names: CompetencyNames;
  onSaved: (saved: InterviewType) => void;
  onCancel: () => void;
}

/**
 * Edits a whole kit. Like the weights editor it keeps the version it started
 * from: a save names that version, so a kit someone else saved meanwhile is
 * refused (409) rather than silently overwritten.
 */
export function KitEditor({ type, names, onSaved, onCancel }: KitEditorProps) {
  const id = useId();
  const [base, setBase] = useState<InterviewType>(type);
  const [draft, setDraft] = useState<KitDraft>(() => toKitDraft(type.kit, type.focusCompetencies));
  const [status, setStatus] = useState('');
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const save = useUpdateKit(type.key);
  const reloadKit = useReloadKit(type.key);

  const dirty = !sameKit(draft, toKitDraft(base.kit, base.focusCompetencies));
  const errors = fieldErrorsOf(save.error);
  const fieldId = (field: string) => `${id}-${field.replace(/\./g, '-')}`;
  const describedBy = (field: string, nested = false) =>
    reasonsFor(errors, field, nested).length > 0 ? `${fieldId(field)}-error` : undefined;

  function update(change: (current: KitDraft) => KitDraft, structural = false) {
    setDraft(change);
    setStatus('');
    // Field errors name positions; once questions move, those positions no longer match.
    if (structural) save.reset();
  }

  function editQuestion(index: number, part: 'prompt' | 'goodAnswer', value: string) {
    update((d) => ({ ...d, questions: d.questions.map((q, i) => (i === index ? { ...q, [part]: value } : q)) }));
  }

  function editLevel(key: CompetencyKey, level: RubricLevel, value: string) {
    update((d) => {
      const levels = d.rubric[key];
      return levels ? { ...d, rubric: { ...d.rubric, [key]: { ...levels, [level]: value } } } : d;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(toKitRequest(draft, base.kitVersion), { onSuccess: (saved) => onSaved(saved) });
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const latest = await reloadKit();
      setBase(latest);
      setDraft(toKitDraft(latest.kit, latest.focusCompetencies));
      setReloadError(null);
      save.reset();
      setStatus(`Loaded the latest kit (v${latest.kitVersion}). Apply your change again.`);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  const competencyName = (key: string) => names[key as CompetencyKey] ?? key;

  return (
    <form className="kit-editor" onSubmit={submit} noValidate aria-label={`Edit kit for ${type.name}`}>
      <UnsavedChangesPrompt when={dirty && !save.isPending} what="your kit changes" />
      <p className="hint">{`Saving replaces the whole kit and creates version ${base.kitVersion + 1}; this edit started from v${base.kitVersion}.`}</p>

      <div className="field">
        <label htmlFor={fieldId('instructions')}>Instructions</label>
        <textarea
          id={fieldId('instructions')}
          rows={10}
          value={draft.instructions}
          onChange={(event) => update((d) => ({ ...d, instructions: event.target.value }))}
          aria-invalid={describedBy('instructions') ? true : undefined}
          aria-describedby={describedBy('instructions')}
        />
        <InlineFieldError id={`${fieldId('instructions')}-error`} label="Instructions" reasons={reasonsFor(errors, 'instructions')} />
      </div>

      <fieldset className="kit-editor__questions" aria-describedby={describedBy('questions')}>
        <legend>Questions</legend>
        <InlineFieldError id={`${fieldId('questions')}-error`} label="Questions" reasons={reasonsFor(errors, 'questions')} />
        <ol className="kit-editor__question-list">
          {draft.questions.map((question, index) => {
            const n = index + 1;
            const promptField = `questions.${index}.prompt`;
            const answerField = `questions.${index}.goodAnswer`;
            return (
              <li key={question.id} className="kit-editor__question">
                <div className="field">
                  <label htmlFor={fieldId(promptField)}>{`Question ${n}`}</label>
                  <textarea
                    id={fieldId(promptField)}
                    rows={2}
                    value={question.prompt}
                    onChange={(event) => editQuestion(index, 'prompt', event.target.value)}
                    aria-invalid={describedBy(promptField) ? true : undefined}
                    aria-describedby={describedBy(promptField)}
                  />
                  <InlineFieldError
                    id={`${fieldId(promptField)}-error`}
                    label={`Question ${n}`}
                    reasons={reasonsFor(errors, promptField)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={fieldId(answerField)}>{`What a good answer to question ${n} shows`}</label>
                  <textarea
                    id={fieldId(answerField)}
                    rows={3}
                    value={question.goodAnswer}
                    onChange={(event) => editQuestion(index, 'goodAnswer', event.target.value)}
                    aria-invalid={describedBy(answerField) ? true : undefined}
                    aria-describedby={describedBy(answerField)}
                  />
                  <InlineFieldError id={`${fieldId(answerField)}-error`} label="Good answer" reasons={reasonsFor(errors, answerField)} />
                </div>
                <InlineFieldError
                  id={`${fieldId(`questions.${index}`)}-error`}
                  label={`Question ${n}`}
                  reasons={otherQuestionReasons(errors, index)}
                />
                <div className="kit-editor__row-actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => update((d) => ({ ...d, questions: move(d.questions, index, -1) }), true)}
                    disabled={index === 0}
                    aria-label={`Move question ${n} up`}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => update((d) => ({ ...d, questions: move(d.questions, index, 1) }), true)}
                    disabled={index === draft.questions.length - 1}
                    aria-label={`Move question ${n} down`}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => update((d) => ({ ...d, questions: d.questions.filter((_, i) => i !== index) }), true)}
                    aria-label={`Remove question ${n}`}
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
          onClick={() => update((d) => ({ ...d, questions: [...d.questions, { id: newQuestionId(), prompt: '', goodAnswer: '' }] }), true)}
        >
          Add question
        </button>
      </fieldset>

      <fieldset className="kit-editor__rubric">
        <legend>Rubric</legend>
        <InlineFieldError id={`${fieldId('rubric')}-error`} label="Rubric" reasons={reasonsFor(errors, 'rubric')} />
        <div className="table-scroll">
          <table className="data-table kit-rubric kit-rubric--edit">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                {RUBRIC_LEVELS.map((level) => (
                  <th scope="col" key={level}>
                    {`${level} · ${RUBRIC_LEVEL_LABELS[level]}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {base.focusCompetencies.map((key) => (
                <tr key={key}>
                  <th scope="row">
                    {names[key]}
                    <InlineFieldError
                      id={`${fieldId(`rubric.${key}`)}-error`}
                      label={names[key]}
                      reasons={reasonsFor(errors, `rubric.${key}`)}
                    />
                  </th>
                  {RUBRIC_LEVELS.map((level) => {
                    const field = `rubric.${key}.${level}`;
                    return (
                      <td key={level}>
                        <textarea
                          id={fieldId(field)}
                          rows={4}
                          aria-label={`${names[key]}, level ${level}`}
                          value={draft.rubric[key]?.[level] ?? ''}
                          onChange={(event) => editLevel(key, level, event.target.value)}
                          aria-invalid={describedBy(field) ? true : undefined}
                          aria-describedby={describedBy(field)}
                        />
                        <InlineFieldError id={`${fieldId(field)}-error`} label={`Level ${level}`} reasons={reasonsFor(errors, field)} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>

      {save.isError && (
        <SaveConflictAlert
          error={save.error}
          thing="kit"
          conflictCode={ErrorCode.INTERVIEW_KIT_VERSION_CONFLICT}
          onReloadLatest={() => void reloadLatest()}
          reloading={reloading}
          fieldErrors={
            <FieldErrorList
              fields={isApiRequestError(save.error) ? save.error.fields : []}
              fallback={save.error instanceof Error ? save.error.message : 'The kit is invalid.'}
              describe={(field) => describeKitField(field, competencyName)}
            />
          }
        />
      )}
      {reloadError !== null && (
        <div className="alert alert--error" role="alert">
          <p>{`The latest kit could not be loaded: ${reloadError instanceof Error ? reloadError.message : 'unknown error'}`}</p>
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save kit
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

/** Reasons for question `index` that no input shows (the question itself, or an unknown key such as `questions.0.hint`). */
function otherQuestionReasons(errors: Map<string, string[]>, index: number): string[] {
  const shown = new Set([`questions.${index}.prompt`, `questions.${index}.goodAnswer`]);
  return [...errors]
    .filter(([field]) => (field === `questions.${index}` || field.startsWith(`questions.${index}.`)) && !shown.has(field))
    .flatMap(([, reasons]) => reasons);
}

import type { InterviewTypeSummary, RoleLoop } from '@loopboard/contracts';
import { useReloadLoop } from '../hooks/useReloadLoop';
import { useUpdateRoleLoop } from '../hooks/useUpdateRoleLoop';
import { LoopEditor } from './LoopEditor';

interface RoleLoopEditorProps {
  roleName: string;
  loop: RoleLoop;
  types: InterviewTypeSummary[];
  onSaved: (saved: RoleLoop) => void;
  onCancel: () => void;
}

/** Edits a role's loop template; a save names the version the edit started from (409 if stale). */
export function RoleLoopEditor({ roleName, loop, types, onSaved, onCancel }: RoleLoopEditorProps) {
  const save = useUpdateRoleLoop(loop.roleId);
  const reload = useReloadLoop(loop.roleId);
  return (
    <LoopEditor
      label={`Interview loop for ${roleName}`}
      loop={loop}
      types={types}
      save={save.mutateAsync}
      reload={reload}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}

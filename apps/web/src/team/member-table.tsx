import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ROLE_OPTIONS, roleLabel } from '../format';
import type { FormError } from '../forms/error-summary';
import { SelectInput } from '../forms/fields';
import type { MemberRowFragment as Member, Role } from '../gql/graphql';
import { TableHead } from '../layout/table-head';
import { MemberRowFragment } from './member-row.fragment';

export type { Member };

interface MemberTableProps {
  /** The entry's members as the team page's query returns them, with `...MemberRow` spread (masked: each row reads its own fields). */
  members: ({ id: string } & FragmentType<typeof MemberRowFragment>)[];
  viewerId?: string;
  canManage: boolean;
  errors: FormError[];
  /** Resolves true once the change is made. */
  onChangeRole(member: Member, role: Role): Promise<boolean>;
  onRemove(member: Member): void;
}

/** The team; the lead also gets "Change role" and "Remove" on each row, each opening in place. */
export function MemberTable({ members, viewerId, canManage, errors, onChangeRole, onRemove }: MemberTableProps) {
  return (
    <table className="nhsuk-table app-member-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Members of this entry and their roles</caption>
      <TableHead columns={['Name', 'Role', canManage && { label: 'Actions', visuallyHidden: true }]} />
      <tbody className="nhsuk-table__body">
        {members.map((member) => (
          <MemberRow key={member.id} member={member} viewerId={viewerId} canManage={canManage} errors={errors} onChangeRole={onChangeRole} onRemove={onRemove} />
        ))}
      </tbody>
    </table>
  );
}

type Mode = 'view' | 'role' | 'remove';
type RowProps = Omit<MemberTableProps, 'members' | 'viewerId'>;

/** One member's row, from its own fragment; nothing until the page's query has brought it into the cache. */
function MemberRow({ member: from, viewerId, ...props }: RowProps & { member: FragmentType<typeof MemberRowFragment>; viewerId?: string }) {
  const { data: member, complete } = useFragment({ fragment: MemberRowFragment, from });
  return complete ? <MemberRowView member={member} self={member.user.id === viewerId} {...props} /> : null;
}

function MemberRowView({ member, self, canManage, errors, onChangeRole, onRemove }: RowProps & { member: Member; self: boolean }) {
  const [mode, setMode] = useState<Mode>('view');
  const [role, setRole] = useState<Role>(member.role);
  const roleButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<'role' | 'remove' | null>(null);
  const roleId = `role-${member.id}`;
  const name = member.user.name;

  // Back in view mode, keyboard focus returns to the action that opened the question.
  useEffect(() => {
    if (mode !== 'view' || !returnTo.current) return;
    (returnTo.current === 'role' ? roleButton : removeButton).current?.focus();
    returnTo.current = null;
  }, [mode]);

  function close(from: 'role' | 'remove') {
    returnTo.current = from;
    setRole(member.role);
    setMode('view');
  }

  return (
    <tr className="nhsuk-table__row">
      <th className="nhsuk-table__header app-member-table__name" scope="row">
        {self ? `${name} (you)` : name}
        <span className="app-member-table__email">{member.user.email}</span>
      </th>
      <td className="nhsuk-table__cell">
        {mode === 'role' ? (
          <form
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              if (role === member.role || (await onChangeRole(member, role))) close('role');
            }}
          >
            <SelectInput
              id={roleId}
              label={`Role of ${name}`}
              labelHidden
              options={ROLE_OPTIONS}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              error={errors.find((e) => e.field === roleId)?.message}
              autoFocus
            />
            <div className="app-row-actions">
              <button className="nhsuk-button nhsuk-button--small" type="submit">
                Save role<span className="nhsuk-u-visually-hidden"> of {name}</span>
              </button>
              <button className="nhsuk-link" type="button" onClick={() => close('role')}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          roleLabel(member.role)
        )}
      </td>
      {canManage && (
        <td className="nhsuk-table__cell app-member-table__actions">
          {mode === 'remove' ? (
            <div role="group" aria-label={self ? 'Leave this entry' : `Remove ${name}`}>
              <p className="nhsuk-body-s">{self ? 'Leave this entry?' : `Remove ${name} from this entry?`}</p>
              <div className="app-row-actions">
                <button className="nhsuk-button nhsuk-button--warning nhsuk-button--small" type="button" onClick={() => onRemove(member)} autoFocus>
                  {self ? 'Yes, leave' : 'Yes, remove'}
                </button>
                <button className="nhsuk-link" type="button" onClick={() => close('remove')}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            mode === 'view' && (
              <ul className="app-row-actions">
                <li>
                  <button className="nhsuk-link" type="button" ref={roleButton} onClick={() => setMode('role')}>
                    Change role<span className="nhsuk-u-visually-hidden"> of {name}</span>
                  </button>
                </li>
                <li>
                  <button className="nhsuk-link" type="button" ref={removeButton} onClick={() => setMode('remove')}>
                    {self ? 'Leave' : 'Remove'}
                    <span className="nhsuk-u-visually-hidden"> {self ? 'this entry' : name}</span>
                  </button>
                </li>
              </ul>
            )
          )}
        </td>
      )}
    </tr>
  );
}

import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { roleLabel } from '../format';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import type { Role } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { LoadFailed, Loading } from '../layout/loading';
import { InviteForm } from './invite-form';
import { InviteLink, type CreatedInvitation } from './invite-link';
import { MemberTable, type Member } from './member-table';
import { PendingInvitations } from './pending-invitations';
import { useChangeMemberRole, useInviteMember, useRemoveMember, useTeam } from './use-team';
import { ClosingDate } from '../reminders/closing-date';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team.';

export function TeamPage() {
  const { entryId = '' } = useParams();
  const { entry, viewerId, invitations, loading, error } = useTeam(entryId);
  const { invite, loading: inviting } = useInviteMember(entryId);
  const { changeRole } = useChangeMemberRole();
  const { remove } = useRemoveMember();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [created, setCreated] = useState<CreatedInvitation>();

  if (loading) return <Loading what="team" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;
  const canManage = entry.abilities.canManageTeam;

  async function onInvite(email: string, role: Role) {
    setErrors([]);
    try {
      setCreated(await invite(email, role));
      return true;
    } catch (e) {
      setErrors(formErrors(e, { email: 'invite-email', role: 'invite-role' }));
      return false;
    }
  }

  async function onChangeRole(member: Member, role: Role) {
    setErrors([]);
    try {
      await changeRole(member.id, role);
      announce(`${member.user.name} is now ${roleLabel(role)}.`);
      return true;
    } catch (e) {
      // Whatever the server says about a role change is about that member's role.
      setErrors(formErrors(e).map((f) => ({ ...f, field: `role-${member.id}` })));
      return false;
    }
  }

  async function onRemove(member: Member) {
    setErrors([]);
    try {
      await remove(member.id);
      if (member.user.id === viewerId) {
        announce(`You have left ${entry!.title}.`);
        return navigate('/');
      }
      announce(`${member.user.name} has been removed from the entry.`);
      membersHeading.current?.focus();
    } catch (e) {
      setErrors(formErrors(e));
    }
  }

  return (
    <>
      <EntryHeader entry={entry} page="Team" errors={errors} />
      {created && <InviteLink created={created} />}
      <h2 className="nhsuk-heading-m" ref={membersHeading} tabIndex={-1}>
        Members
      </h2>
      <MemberTable members={entry.members} viewerId={viewerId} canManage={canManage} errors={errors} onChangeRole={onChangeRole} onRemove={onRemove} />
      <ClosingDate entryId={entryId} />
      {canManage && (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h2 className="nhsuk-heading-m">Invite someone</h2>
            <InviteForm errors={errors} busy={inviting} onInvite={onInvite} onInvalid={setErrors} />
            <h2 className="nhsuk-heading-m">Invitations not yet accepted</h2>
            <PendingInvitations invitations={invitations} />
          </div>
        </div>
      )}
    </>
  );
}

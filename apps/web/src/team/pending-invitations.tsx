import { formatDate, roleLabel } from '../format';
import type { Role } from '../gql/graphql';

interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  if (!invitations.length) return <p className="nhsuk-body">There are no invitations waiting to be accepted.</p>;
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Invitations not yet accepted</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Email address
          </th>
          <th className="nhsuk-table__header" scope="col">
            Role
          </th>
          <th className="nhsuk-table__header" scope="col">
            Link works until
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {invitations.map((invitation) => (
          <tr className="nhsuk-table__row" key={invitation.id}>
            <td className="nhsuk-table__cell">{invitation.email}</td>
            <td className="nhsuk-table__cell">{roleLabel(invitation.role)}</td>
            <td className="nhsuk-table__cell">{formatDate(invitation.expiresAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'react-router';
import { useEntryEvents } from '../activity/use-entry-events';
import type { WaitingKind } from '../gql/graphql';
import { formatDateTime } from '../format';
import { NotificationAddedSubscription } from '../notifications/operations';
import { WaitingForMeQuery } from './operations';
import './waiting.css';

/** Each kind's tag: what to do, in a word or two (the item's sentence says the rest). */
export const KIND_TAGS: Record<WaitingKind, { label: string; colour: string }> = {
  SIGN_OFF_NEEDED: { label: 'Sign off', colour: 'blue' },
  APPROVAL_STALE: { label: 'Sign off again', colour: 'orange' },
  MENTIONED: { label: 'Mentioned', colour: 'purple' },
  REPLY_AWAITED: { label: 'Reply', colour: 'purple' },
  OVER_WORD_LIMIT: { label: 'Over the limit', colour: 'red' },
  SUGGESTIONS_PENDING: { label: 'Suggestions', colour: 'aqua-green' },
};

/**
 * What waits for me, each item a link to the place to deal with it: in every entry of mine (the
 * dashboard), or in one (`entryId`, the entry's page). Read again when something happens in the
 * entry or a notification of mine arrives: both are subscriptions the page holds already.
 */
export function WaitingForMe({ entryId }: { entryId?: string }) {
  const { data, error, refetch } = useQuery(WaitingForMeQuery, { variables: { entryId }, fetchPolicy: 'cache-and-network' });
  useEntryEvents(entryId ?? '', () => void refetch());
  useSubscription(NotificationAddedSubscription, { ignoreResults: true, onData: () => void refetch() });
  const waiting = data?.me?.waitingForMe;
  const headingId = `waiting-heading${entryId ? `-${entryId}` : ''}`;
  return (
    <section className="app-waiting" aria-labelledby={headingId} data-testid="waiting-for-me">
      <h2 className="nhsuk-heading-s" id={headingId}>
        Waiting for you
        {waiting && waiting.totalCount > 0 && <span className="app-waiting__count"> ({waiting.totalCount})</span>}
      </h2>
      {!waiting ? (
        <p className="nhsuk-body-s">{error ? 'What is waiting for you could not be loaded. Try again later.' : 'Loading…'}</p>
      ) : waiting.nodes.length === 0 ? (
        <p className="nhsuk-body-s">Nothing is waiting for you{entryId ? ' in this entry' : ''}.</p>
      ) : (
        <ul className="app-waiting__items">
          {waiting.nodes.map((item) => (
            <li className="app-waiting__item" key={item.id} data-testid="waiting-item">
              <strong className={`nhsuk-tag nhsuk-tag--${KIND_TAGS[item.kind].colour} app-waiting__tag`}>{KIND_TAGS[item.kind].label}</strong>
              <Link className="nhsuk-link app-waiting__link" to={item.path}>
                {item.message}
              </Link>
              <span className="app-waiting__meta">
                {!entryId && <>{item.entry.title} · </>}
                since {formatDateTime(item.createdAt as string)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

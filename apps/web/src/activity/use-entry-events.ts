import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import type { EntryEventsSubscription as EntryEventsResult } from '../gql/graphql';
import { EntryEventsSubscription } from './operations';

export type EntryEvent = EntryEventsResult['entryEvents'];

/**
 * Calls `onEvent` for everything that happens in the entry from now on (comments, sign-offs,
 * workflow moves, membership), over the WebSocket. Events carry ids only: read what changed
 * with a query.
 */
export function useEntryEvents(entryId: string, onEvent: (event: EntryEvent) => void) {
  // The latest callback, without resubscribing each time the caller renders.
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useSubscription(EntryEventsSubscription, {
    variables: { entryId },
    skip: !entryId,
    ignoreResults: true,
    onData: ({ data }) => {
      if (data.data) handler.current(data.data.entryEvents);
    },
  });
}

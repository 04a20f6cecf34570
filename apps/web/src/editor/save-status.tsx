import { useSyncExternalStore } from 'react';
import { useApiContext } from '../apollo/api-context';
import type { LiveSectionState } from '../live/live-section';

const edits = (n: number) => `${n} unsent ${n === 1 ? 'edit' : 'edits'}`;

/** Whether the text is saved, in words; a refusal as an alert, since it needs the writer's attention. */
export function SaveStatus({ state }: { state: LiveSectionState }) {
  const { connection } = useApiContext();
  const connected = useSyncExternalStore(connection.subscribe, connection.get) === 'connected';
  if (state.error) {
    return (
      <div className="app-save-status app-save-status--error" role="alert" data-testid="save-status">
        <span className="nhsuk-u-visually-hidden">Error: </span>
        {state.error}
        {state.unsent > 0 && ` (${edits(state.unsent)}, kept in this browser.)`}
      </div>
    );
  }
  let text = 'All changes saved';
  if (state.unsent > 0) text = connected ? 'Saving…' : `${edits(state.unsent)}. They are kept in this browser and sent when the connection is back.`;
  return (
    <div className={`app-save-status${state.unsent > 0 && !connected ? ' app-save-status--waiting' : ''}`} data-testid="save-status">
      {text}
    </div>
  );
}

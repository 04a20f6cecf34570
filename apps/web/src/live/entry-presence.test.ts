import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createConnectionStore } from '../connection/connection-status';
import { FakeLiveServer } from '../test/fake-live';
import { toBase64 } from 'lib0/buffer';
import { EntryPresence } from './entry-presence';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const opened: EntryPresence[] = [];

function open(server: FakeLiveServer) {
  const connection = createConnectionStore();
  connection.report('connected');
  const presence = new EntryPresence(server, connection, 'e1', 'me');
  opened.push(presence);
  return presence;
}

/** Someone else's editor awareness, with their name and colour. */
function theirAwareness(name: string) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalStateField('user', { name, color: '#005eb8' });
  return { awareness, encoded: toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID])) };
}

afterEach(() => opened.splice(0).forEach((p) => p.dispose()));

describe('presence in an entry', () => {
  it('says which section this tab is in, with its awareness, and says so when leaving', async () => {
    const server = new FakeLiveServer();
    const presence = open(server);
    const mine = new Awareness(new Y.Doc());
    mine.setLocalStateField('user', { name: 'Grace Mensah' });
    presence.setSection('s1', mine);
    await settle();
    const last = server.presenceSent.at(-1)!;
    expect(last).toMatchObject({ entryId: 'e1', clientId: 'me', sectionId: 's1', leaving: false });
    expect(last.awareness).not.toBe('');
    presence.dispose();
    await settle();
    expect(server.presenceSent.at(-1)).toMatchObject({ clientId: 'me', leaving: true });
  });

  it('lists the others and where they are, and shows the cursors of those in the same section', async () => {
    const server = new FakeLiveServer();
    const presence = open(server);
    const mine = new Awareness(new Y.Doc());
    presence.setSection('s1', mine);
    const medic = theirAwareness('Dr Sunil Mehta');

    server.hearPresence({ clientId: 'medic-tab', userId: 'u-medic', userName: 'Dr Sunil Mehta', sectionId: 's1', awareness: medic.encoded, left: false });
    server.hearPresence({ clientId: 'me', userId: 'u-me', userName: 'Me', sectionId: 's1', awareness: '', left: false });
    expect(presence.getPeople()).toEqual([{ clientId: 'medic-tab', userId: 'u-medic', userName: 'Dr Sunil Mehta', sectionId: 's1' }]);
    expect(mine.getStates().get(medic.awareness.clientID)).toMatchObject({ user: { name: 'Dr Sunil Mehta' } });

    // They move to another section: their cursor goes from this one.
    server.hearPresence({ clientId: 'medic-tab', userId: 'u-medic', userName: 'Dr Sunil Mehta', sectionId: 's2', awareness: medic.encoded, left: false });
    expect(presence.getPeople()[0].sectionId).toBe('s2');
    expect(mine.getStates().has(medic.awareness.clientID)).toBe(false);

    server.hearPresence({ clientId: 'medic-tab', userId: 'u-medic', userName: 'Dr Sunil Mehta', sectionId: null, awareness: '', left: true });
    expect(presence.getPeople()).toEqual([]);
  });
});

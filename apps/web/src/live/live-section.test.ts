import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createConnectionStore } from '../connection/connection-status';
import { appendParagraph, FakeLiveServer } from '../test/fake-live';
import { CONTENT_FIELD, LiveSection, WITHDRAWN_REASON } from './live-section';
import { LiveSections } from './live-sections';
import { fragmentText } from './set-aside';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Types a paragraph into the client's document, as the editor would. */
const type = (live: LiveSection, text: string) => void appendParagraph(live.doc, text);

function connected() {
  const connection = createConnectionStore();
  connection.report('connected');
  return connection;
}

function open(server: FakeLiveServer, canEdit = true) {
  const connection = connected();
  return { live: new LiveSection(server, connection, 's1', canEdit, 'tab'), connection };
}

/** The tab's registry, connected, holding section s1 open (`first`: the section as first opened). */
function openSections(server: FakeLiveServer) {
  const sections = new LiveSections(server, connected());
  return { sections, first: sections.acquire('s1', true) };
}

describe('a live section', () => {
  it('catches up with the server on opening, then takes remote edits as they come and skips its own echoes', async () => {
    const server = new FakeLiveServer();
    server.writeParagraph('s1', 'Already there.');
    const { live } = open(server);
    expect(live.getState().ready).toBe(false);
    await settle();
    expect(live.getState()).toEqual({ ready: true, unsent: 0, error: null });
    expect(live.doc.getXmlFragment(CONTENT_FIELD).toString()).toContain('Already there.');

    server.writeParagraph('s1', 'From a colleague.');
    expect(live.doc.getXmlFragment(CONTENT_FIELD).toString()).toContain('From a colleague.');
    type(live, 'Mine.');
    await settle();
    expect(server.text('s1')).toBe('Already there.\nFrom a colleague.\nMine.');
    expect(live.doc.getXmlFragment(CONTENT_FIELD).length).toBe(3);
  });

  it('sends one edit at a time, merging those typed meanwhile, and counts what is unsent', async () => {
    const server = new FakeLiveServer();
    const { live } = open(server);
    await settle();
    server.hold();
    type(live, 'One.');
    await settle();
    type(live, 'Two.');
    type(live, 'Three.');
    expect(live.getState().unsent).toBe(3);
    server.release();
    await settle();
    await settle();
    server.release();
    await settle();
    expect(server.applied).toHaveLength(2);
    expect(server.text('s1')).toBe('One.\nTwo.\nThree.');
    expect(live.getState().unsent).toBe(0);
  });

  it('keeps what is typed offline, then catches up and sends all the server lacks', async () => {
    const server = new FakeLiveServer();
    const { live, connection } = open(server);
    await settle();
    connection.report('offline');
    type(live, 'Typed on the train.');
    server.writeParagraph('s1', 'Meanwhile, at the office.');
    type(live, 'And more.');
    await settle();
    expect(server.applied).toHaveLength(0);
    expect(live.getState().unsent).toBe(2);

    connection.report('online');
    await settle();
    await settle();
    expect(live.getState().unsent).toBe(0);
    expect(server.text('s1').split('\n').sort()).toEqual(['And more.', 'Meanwhile, at the office.', 'Typed on the train.']);
    expect(Y.encodeStateAsUpdate(live.doc)).toEqual(Y.encodeStateAsUpdate(server.doc('s1')));
  });

  it('syncs and sends the difference when the server says an edit depends on what it lacks', async () => {
    const server = new FakeLiveServer();
    const { live } = open(server);
    await settle();
    server.refuseNext('BAD_USER_INPUT', 'The update depends on edits the server does not have: sync the section (sectionSync) and send the difference.');
    type(live, 'Try again.');
    for (let i = 0; i < 5; i++) await settle();
    expect(server.text('s1')).toBe('Try again.');
    expect(live.getState()).toEqual({ ready: true, unsent: 0, error: null });
  });

  it('says in plain words why edits are refused for good, and stops sending', async () => {
    const server = new FakeLiveServer();
    const { live } = open(server);
    await settle();
    server.refuseNext('FORBIDDEN', 'You may not change or remove someone else’s suggestion: ask someone who may edit the section to accept or reject it.');
    type(live, 'Over hers.');
    await settle();
    await settle();
    expect(live.getState().error).toBe('You may not change or remove someone else’s suggestion: ask someone who may edit the section to accept or reject it. Your changes have not been saved.');
    type(live, 'Built on it.');
    await settle();
    // Everything typed builds on the refused edit, so nothing more is sent from this document.
    expect(server.applied).toHaveLength(0);
    expect(live.refused).toEqual({
      reason: 'You may not change or remove someone else’s suggestion: ask someone who may edit the section to accept or reject it. Your changes have not been saved.',
      typed: 'Over hers.',
    });
  });

  it('starts again from the server’s text after a refusal for good, offering the words that were not saved, and saves what is typed next', async () => {
    const server = new FakeLiveServer();
    server.writeParagraph('s1', 'Saved before.');
    const { sections, first } = openSections(server);
    let replaced = 0;
    sections.subscribe(() => replaced++);
    await settle();
    server.refuseNext('FORBIDDEN', 'You cannot edit.');
    type(first, 'Not allowed.');
    type(first, 'Typed after it.');
    for (let i = 0; i < 5; i++) await settle();

    const next = sections.current('s1')!;
    expect(next).not.toBe(first);
    expect(replaced).toBe(1);
    expect(fragmentText(next.doc.getXmlFragment(CONTENT_FIELD))).toBe('Saved before.');
    expect(next.getState()).toEqual({ ready: true, unsent: 0, error: null, setAside: { reason: 'You cannot edit. Your changes have not been saved.', unsaved: 'Not allowed.\n\nTyped after it.' } });
    // What is typed from here on is saved.
    type(next, 'Saved now.');
    for (let i = 0; i < 3; i++) await settle();
    expect(server.text('s1')).toBe('Saved before.\nSaved now.');
    next.dismissSetAside();
    expect(next.getState().setAside).toBeNull();
    // Held by its view until released, then closed once nothing is unsent.
    sections.release('s1');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sections.current('s1')).toBeNull();
  });

  it('starts again after an edit is refused a second time, after catching up', async () => {
    const server = new FakeLiveServer();
    const { sections, first } = openSections(server);
    await settle();
    server.refuseNext('BAD_USER_INPUT', 'The section has a problem.');
    server.refuseNext('BAD_USER_INPUT', 'The section has a problem.');
    type(first, 'Twice refused.');
    for (let i = 0; i < 8; i++) await settle();
    const next = sections.current('s1')!;
    expect(next).not.toBe(first);
    expect(next.getState().setAside).toEqual({ reason: 'Your latest changes could not be saved: The section has a problem.', unsaved: 'Twice refused.' });
  });

  it('starts again from the server’s text when a colleague’s relayed edit is withdrawn, quietly when nothing of its own was unsaved', async () => {
    const server = new FakeLiveServer();
    server.writeParagraph('s1', 'Saved before.');
    const { sections, first } = openSections(server);
    await settle();
    server.relayThenWithdraw('s1', 'Never committed.');
    for (let i = 0; i < 3; i++) await settle();
    const next = sections.current('s1')!;
    expect(next).not.toBe(first);
    expect(fragmentText(next.doc.getXmlFragment(CONTENT_FIELD))).toBe('Saved before.');
    expect(next.getState()).toEqual({ ready: true, unsent: 0, error: null, setAside: undefined });
  });

  it('sets aside its own unsaved words when a withdrawal comes while they are on their way', async () => {
    const server = new FakeLiveServer();
    const { sections, first } = openSections(server);
    await settle();
    server.hold();
    type(first, 'Mine, in flight.');
    await settle();
    server.relayThenWithdraw('s1', 'Theirs, withdrawn.');
    server.release();
    for (let i = 0; i < 5; i++) await settle();
    const next = sections.current('s1')!;
    expect(next).not.toBe(first);
    // Mine was committed after all (the server answered it): only the withdrawn words are offered.
    expect(fragmentText(next.doc.getXmlFragment(CONTENT_FIELD))).toBe('Mine, in flight.');
    expect(next.getState().setAside).toEqual({ reason: WITHDRAWN_REASON, unsaved: 'Theirs, withdrawn.' });
  });

  it('keeps offering set-aside words through further withdrawals: while the new section catches up, and once it shows them', async () => {
    const server = new FakeLiveServer();
    const { sections, first } = openSections(server);
    await settle();
    server.hold();
    type(first, 'Mine.');
    await settle();
    server.relayThenWithdraw('s1', 'Theirs, withdrawn.');
    const second = sections.current('s1')!;
    expect(second).not.toBe(first);
    server.relayThenWithdraw('s1', 'Another, withdrawn.'); // before the second has caught up
    const third = sections.current('s1')!;
    expect(third).not.toBe(second);
    server.release();
    for (let i = 0; i < 5; i++) await settle();
    const offered = { reason: WITHDRAWN_REASON, unsaved: 'Theirs, withdrawn.' };
    expect(third.getState()).toMatchObject({ ready: true, setAside: offered });
    expect(fragmentText(third.doc.getXmlFragment(CONTENT_FIELD))).toBe('Mine.');

    server.relayThenWithdraw('s1', 'A third, withdrawn.'); // nothing unsaved here: the notice on screen stays
    for (let i = 0; i < 3; i++) await settle();
    const fourth = sections.current('s1')!;
    expect(fourth).not.toBe(third);
    expect(fourth.getState()).toMatchObject({ ready: true, setAside: offered });
  });

  it('sends nothing for roles that cannot edit, but still shows others’ edits', async () => {
    const server = new FakeLiveServer();
    const { live } = open(server, false);
    await settle();
    type(live, 'Stray local change.');
    server.writeParagraph('s1', 'Live for readers too.');
    await settle();
    expect(server.applied).toHaveLength(0);
    expect(live.getState().unsent).toBe(0);
    expect(live.doc.getXmlFragment(CONTENT_FIELD).toString()).toContain('Live for readers too.');
  });
});

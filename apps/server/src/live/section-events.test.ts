import { decodeBase64Update, encodeBase64Update, toPlainText } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SectionRelayEvent, SectionUpdateEvent } from './live.types.js';
import { InProcessPubSub, relayTopic, sectionTopic } from './pubsub.js';
import { SectionRelayKind } from './relay.js';
import { MERGED_CLIENT_ID, relayEvents, sectionEvents } from './section-events.js';

const SECTION = '00000000-0000-4000-8000-000000000001';

/** An editor's document, and the event for a paragraph it adds. */
function editor() {
  const doc = new Y.Doc();
  return (text: string, version: number, clientId: string): SectionUpdateEvent => {
    const before = Y.encodeStateVector(doc);
    const p = new Y.XmlElement('paragraph');
    doc.getXmlFragment('content').push([p]);
    p.insert(0, [new Y.XmlText(text)]);
    return { sectionId: SECTION, update: encodeBase64Update(Y.encodeStateAsUpdate(doc, before)), clientId, version, authorId: `author-${clientId}` };
  };
}

describe('a section subscriber that falls behind', () => {
  it('gets what piled up as one merged event (the same object for every subscriber behind by the same run), and single events as they are', async () => {
    const pubsub = new InProcessPubSub();
    const [ann, bob] = [editor(), editor()];
    const first = sectionEvents(pubsub, SECTION);
    const second = sectionEvents(pubsub, SECTION);
    await pubsub.publish(sectionTopic(SECTION), ann('one', 1, 'ann'));
    await pubsub.publish(sectionTopic(SECTION), bob('two', 2, 'bob'));
    await pubsub.publish(sectionTopic(SECTION), ann('three', 3, 'ann'));

    const merged = (await first.next()).value as SectionUpdateEvent;
    expect(merged).toMatchObject({ sectionId: SECTION, clientId: MERGED_CLIENT_ID, authorId: null, version: 3 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decodeBase64Update(merged.update)!);
    expect(toPlainText(doc).split('\n\n').sort()).toEqual(['one', 'three', 'two']);
    expect((await second.next()).value).toBe(merged);

    // Caught up: the next edit goes alone, as sent.
    await pubsub.publish(sectionTopic(SECTION), bob('four', 4, 'bob'));
    expect((await first.next()).value).toMatchObject({ clientId: 'bob', authorId: 'author-bob', version: 4 });

    // Runs of one editor's edits keep its clientId.
    await pubsub.publish(sectionTopic(SECTION), ann('five', 5, 'ann'));
    await pubsub.publish(sectionTopic(SECTION), ann('six', 6, 'ann'));
    expect((await first.next()).value).toMatchObject({ clientId: 'ann', authorId: 'author-ann', version: 6 });
    await Promise.all([first.return!(), second.return!()]);
  });

  it('stops listening when ended, releasing a next that waits', async () => {
    const pubsub = new InProcessPubSub();
    let closed = 0;
    const events = sectionEvents(pubsub, SECTION, () => closed++);
    const waiting = events.next();
    await events.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(closed).toBe(1);
    await pubsub.publish(sectionTopic(SECTION), editor()('late', 1, 'x'));
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it('of relayed edits gets runs of edits merged, but a withdrawal alone, where it came', async () => {
    const pubsub = new InProcessPubSub();
    const [ann, bob] = [editor(), editor()];
    const relayed = (event: SectionUpdateEvent): SectionRelayEvent => ({ sectionId: SECTION, kind: SectionRelayKind.EDIT, update: event.update, clientId: event.clientId, authorId: event.authorId });
    const withdrawal: SectionRelayEvent = { sectionId: SECTION, kind: SectionRelayKind.WITHDRAWN, update: null, clientId: null, authorId: null };
    const events = relayEvents(pubsub, SECTION);
    for (const event of [relayed(ann('one', 1, 'ann')), relayed(bob('two', 2, 'bob')), withdrawal, withdrawal, relayed(ann('three', 3, 'ann'))]) await pubsub.publish(relayTopic(SECTION), event);

    const first = (await events.next()).value as SectionRelayEvent;
    expect(first).toMatchObject({ kind: 'EDIT', clientId: MERGED_CLIENT_ID, authorId: null });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decodeBase64Update(first.update!)!);
    expect(toPlainText(doc).split('\n\n').sort()).toEqual(['one', 'two']);
    expect((await events.next()).value).toMatchObject({ kind: 'WITHDRAWN', update: null });
    expect((await events.next()).value).toMatchObject({ kind: 'WITHDRAWN', update: null });
    expect((await events.next()).value).toMatchObject({ kind: 'EDIT', clientId: 'ann', authorId: 'author-ann' });
    await events.return!();
  });
});

// The built product, as `npm start` runs it, in a child process that the browser tests can
// tell to move its clock (mail/clock.ts) and run the mail worker's round: a closing date's
// reminder is then seen at once instead of waited for days. Started by e2e/closing-reminder.test.ts
// with fork(); the settings come from its environment, as the product's do.
const { configFromEnv, startServer } = await import(new URL('../../server/dist/index.js', import.meta.url).href);

const server = await startServer({ ...configFromEnv(process.env), port: 0, host: '127.0.0.1' });
process.on('message', async (message) => {
  if (message.advanceMs !== undefined) server.services.mail.clock.advance(message.advanceMs);
  await server.services.mail.runOnce();
  process.send({ done: message.id, now: server.services.mail.clock.now().toISOString() });
});
process.on('disconnect', () => void server.stop().then(() => process.exit(0)));
process.send({ url: server.url });

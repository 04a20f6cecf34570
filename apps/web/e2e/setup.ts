// Times show in the reader's zone: the product and Chromium these tests start inherit it, as the
// jsdom tests pin it (src/test/setup.ts, whose React cleanup these files do not need).
process.env.TZ = 'Europe/London';

// The server as a library: what the benchmarks (bench/) and other tools embed, so that they
// import `@quorum/server` rather than deep paths into dist/ that move as the code does.
// `@quorum/server/main` is the start command itself (`node …/main.js`).
import 'reflect-metadata'; // before any entity module

export { startServer, type RunningServer, type StartOptions } from './app.js';
export { configFromEnv, type Config } from './config.js';
export { hashPassword } from './auth/secrets.js';
export { User } from './auth/user.entity.js';
export { Template } from './templates/template.entity.js';
export { addEntryFromTemplate } from './entries/entry.service.js';
export { Membership } from './entries/membership.entity.js';
export { Section } from './sections/section.entity.js';
export { Criterion } from './sections/criterion.entity.js';
export { Comment } from './comments/comment.entity.js';
export { anchorRange, findQuote, indexText } from './comments/comment-anchor.js';
export { compactSection } from './live/compaction.js';
export { createScratchDatabase } from './database/scratch-database.js';

// The schema fuzz as a library, for bench/schema-fuzz.mjs (`@quorum/server/fuzz`): kept out of
// the main index so that embedding the server never loads fast-check.
export {
  RawJson,
  batchArbitrary,
  bodyOf,
  describeOperation,
  introspect,
  problemsOf,
  requestArbitrary,
  rootFields,
  send,
  sendAll,
  type FuzzOperation,
  type FuzzResult,
  type Persona,
  type Pools,
} from './schema-fuzz.js';
export { setUpFuzzTeam, type FuzzTeam } from './fuzz-team.js';
export { checkAfterFuzz, type AfterFuzz } from './fuzz-checks.js';

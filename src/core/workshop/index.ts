/**
 * Workshop mode's core (DESIGN.md §7, docs/ARCHITECTURE.md "Workshop codes"): the session a
 * facilitator sets up, the session and result codes, the replay that verifies a team's result,
 * and the board's rows and exports. The workshop, join and board screens and
 * `npm run workshop` only display what these compute.
 */
export * from './problems';
export { WORKSHOP_CODE_VERSION } from './frame';
export type { CodeKind } from './frame';
export * from './session';
export * from './result';
export { CODE_ALPHABET } from './symbols';
export * from './verify';
export * from './board';

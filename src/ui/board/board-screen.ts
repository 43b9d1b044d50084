/**
 * Everything the facilitator's board loads when it opens, as one module: its screen, its
 * report and charts, and the workshop's part of core they use. The board's scene imports it on
 * demand, so none of it weighs on the first screen.
 */
export { BoardView } from './board-view';
export type { BoardHost, BoardOptions } from './board-view';

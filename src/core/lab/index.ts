/**
 * The Strategy Lab's core (DESIGN.md §6, docs/ARCHITECTURE.md "Strategy Lab core"): the set-up
 * and its address, the exact figures, the paired sample and the exports. The screen, its worker
 * and `npm run simulate -- --compare` only display what these compute.
 */
export * from './setup';
export * from './exact';
export * from './sample';
export * from './export';
export * from './edit';
export * from './grid';
export * from './sweep';
export * from './level-sample';

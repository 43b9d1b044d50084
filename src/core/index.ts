/** The only public door into core. */
export * from './model/result';
export * from './model/vocabulary';
export * from './rng/index';
export * from './rates/index';
export * from './odds/index';

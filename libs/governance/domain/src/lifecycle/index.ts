// Public surface of the proposal lifecycle.
export * from './phases.js';
export * from './state.js';
export * from './events.js';
export * from './errors.js';
export * from './advance.js';
export * from './act.js';
export * from './ratification.js';
export * from './enact.js';

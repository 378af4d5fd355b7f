export * from './process-settings.js';
export * from './ratio.js';
export * from './lifecycle/index.js';
export * from './tally/index.js';
export * from './delegation/index.js';
export * from './receipts/index.js';

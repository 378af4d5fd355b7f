// Test helpers for the web libraries and app (imported by their specs only, never by pages).
export * from './mock-client.js';
export * from './eager-routes.js';

// The contract of the HTTP API: zod schemas of every request and answer of /api, imported by the
// server (to validate, type and document) and by the client (for its types). See README, "Contract".

export * from './enums.ts';
export * from './ids.ts';
export * from './graph.ts';
export * from './problem.ts';
export * from './health.ts';
export * from './period.ts';
export * from './explore.ts';
export * from './analysis.ts';
export * from './partners.ts';
export * from './console.ts';
export * from './import.ts';
export * from './json-depth.ts';
export * from './compare.ts';
export * from './activity.ts';
export * from './regions.ts';
export * from './geometry.ts';
export * from './report.ts';
export * from './synergy.ts';
export * from './specialisation.ts';
export * from './whole-graph.ts';

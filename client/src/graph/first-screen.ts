/**
 * The overview's first screen holds this many nodes, the most connected first (the server ranks
 * them, GET /api/overview?limit=): enough to see the ecosystem's hubs, few enough to read.
 */
export const FIRST_SCREEN_NODES = 80;

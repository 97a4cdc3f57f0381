import type { Config } from '../config.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { AnalysisPool } from '../explore/analysis-pool.ts';
import { WholeGraphAnalytics } from '../explore/whole-graph-analytics.ts';

/** The whole-graph analytics after an import from the command line, as the app runs them after one through the API. */
export async function analyseAfterImport(db: GraphDb, config: Config): Promise<void> {
  const pool = AnalysisPool.fromConfig(config);
  try {
    const analytics = new WholeGraphAnalytics(db, pool, config.HELIX_PARTNERS_LOAD_TIMEOUT_MS, undefined, config.HELIX_RESULT_LIMIT);
    const started = performance.now();
    console.log('analytics: computing the whole-graph metrics of every actor …');
    analytics.start();
    await analytics.settled();
    const status = await analytics.status();
    const summary = status.last?.summary;
    if (status.state !== 'done' || !summary) {
      console.error(`analytics: failed (${status.error ?? 'unknown'}); run them later with POST /api/analytics/run`);
      process.exitCode = 1;
      return;
    }
    const between = summary.betweenness.approximate ? `sampled from ${summary.betweenness.pivots} pivots` : 'exact';
    console.log(
      `analytics: ${summary.nodeCount} actors, ${summary.edgeCount} ties, ${summary.communities.count} communities (modularity ${summary.communities.modularity.toFixed(3)}), betweenness ${between}; written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await pool.close();
  }
}

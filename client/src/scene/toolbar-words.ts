import type { LayoutName } from '../canvas/layouts.ts';
import type { Key } from '../i18n/index.ts';
import type { SizeMetric } from './metrics.ts';

// The words for the scene toolbar's options, in the interface's language.

export const LAYOUT_WORDS: Record<LayoutName, Key> = { fcose: 'layoutFcose', concentric: 'layoutConcentric', grid: 'layoutGrid', helix: 'layoutHelix' };
export const METRIC_WORDS: Record<SizeMetric, Key> = {
  degree: 'metricDegree',
  weightedDegree: 'metricWeightedDegree',
  betweenness: 'metricBetweenness',
  pagerank: 'metricPagerank',
  closeness: 'metricCloseness',
  eigenvector: 'metricEigenvector',
  none: 'metricNone',
};

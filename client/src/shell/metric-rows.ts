import type { NodeMetrics } from '../api/types.ts';
import { localeOf, type Key, type Translator } from '../i18n/index.ts';

// A node's metrics as rows a person reads: the metric's name and its value with the unit, in the
// interface's language. Shares (betweenness, PageRank, clustering) read as percentages.

interface MetricWords {
  name: Key;
  value: (v: number, tr: Translator) => string;
}

const percent = (v: number, tr: Translator) => v.toLocaleString(localeOf(tr.lang), { style: 'percent', maximumFractionDigits: v < 0.01 ? 2 : 1 });
const decimal = (v: number, tr: Translator, digits = 2) => v.toLocaleString(localeOf(tr.lang), { maximumFractionDigits: digits });

const METRICS: Record<keyof NodeMetrics, MetricWords> = {
  degree: { name: 'metricDegree', value: (v, tr) => tr.t('linksCount', { n: tr.num(v) }) },
  weightedDegree: { name: 'metricWeightedDegree', value: (v, tr) => tr.t('unitWeight', { n: decimal(v, tr, 1) }) },
  betweenness: { name: 'metricBetweenness', value: (v, tr) => tr.t('unitShortestPaths', { n: percent(v, tr) }) },
  closeness: { name: 'metricCloseness', value: (v, tr) => tr.t('unitScale', { n: decimal(v, tr) }) },
  pagerank: { name: 'metricPagerank', value: (v, tr) => tr.t('unitRank', { n: percent(v, tr) }) },
  eigenvector: { name: 'metricEigenvector', value: (v, tr) => tr.t('unitScale', { n: decimal(v, tr) }) },
  clustering: { name: 'metricClustering', value: (v, tr) => tr.t('unitNeighbourPairs', { n: percent(v, tr) }) },
  community: { name: 'metricCommunity', value: (v, tr) => tr.t('unitCommunity', { n: tr.num(v + 1) }) },
};

/** Rows of name and value-with-unit for the metrics the node has, in a fixed order. */
export function metricRows(m: Partial<Record<string, unknown>>, tr: Translator): { key: string; name: string; value: string }[] {
  return (Object.keys(METRICS) as (keyof NodeMetrics)[])
    .filter((k) => typeof m[k] === 'number' && Number.isFinite(m[k]))
    .map((k) => ({ key: k, name: tr.t(METRICS[k].name), value: METRICS[k].value(m[k] as number, tr) }));
}

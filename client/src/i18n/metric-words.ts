// A node's metrics in the details panel, each with its unit: "12 links", "4.2% of shortest paths".

export const metricEn = {
  metricClustering: 'Clustering',
  metricCommunity: 'Community',
  unitWeight: '{n} (sum of link weights)',
  unitShortestPaths: '{n} of shortest paths',
  unitScale: '{n} on a 0–1 scale',
  unitRank: '{n} of all rank',
  unitNeighbourPairs: '{n} of neighbour pairs linked',
  unitCommunity: 'community {n}',
};

export const metricNl: Record<keyof typeof metricEn, string> = {
  metricClustering: 'Clustering',
  metricCommunity: 'Gemeenschap',
  unitWeight: '{n} (som van de verbindingsgewichten)',
  unitShortestPaths: '{n} van de kortste paden',
  unitScale: '{n} op een schaal van 0 tot 1',
  unitRank: '{n} van de totale rang',
  unitNeighbourPairs: '{n} van de buurparen verbonden',
  unitCommunity: 'gemeenschap {n}',
};

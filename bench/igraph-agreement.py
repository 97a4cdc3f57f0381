"""Recomputes the whole-graph metrics with igraph (an independent C implementation, Debian's
python3-igraph) on a network the Node benchmark exported, and states how far the stored metrics
agree: Spearman rank correlation over all actors and overlap of the 50 highest. Reads
<dir>/links.csv (a,b,w: actor numbers and weight, as the graph has them; igraph merges parallel links, summing
their weights, and drops self-links) and <dir>/stored.csv (one row per actor);
prints JSON."""
import csv, json, sys, time
import igraph
from scipy.stats import spearmanr

folder = sys.argv[1]
with open(f"{folder}/stored.csv") as f:
    stored = list(csv.DictReader(f))
with open(f"{folder}/links.csv") as f:
    links = [(int(r["a"]), int(r["b"]), float(r["w"])) for r in csv.DictReader(f)]
n = len(stored)
g = igraph.Graph(n=n, edges=[(a, b) for a, b, _ in links], directed=False)
g.es["weight"] = [w if w > 0 else 1 for _, _, w in links]
g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})

def column(name):
    return [float(r[name]) for r in stored]

def agreement(name, ours, theirs, seconds):
    top = lambda xs: set(sorted(range(n), key=lambda i: -xs[i])[:50])
    rho = spearmanr(ours, theirs).correlation
    return {"metric": name, "spearman": round(float(rho), 4), "top50Overlap": len(top(ours) & top(theirs)), "igraphSeconds": round(seconds, 2)}

def timed(work):
    started = time.time()
    value = work()
    return value, time.time() - started

out = []
values, s = timed(lambda: g.degree())
out.append(agreement("degree", column("degree"), values, s))
values, s = timed(lambda: g.strength(weights="weight"))
out.append(agreement("weightedDegree", column("weightedDegree"), values, s))
values, s = timed(lambda: g.pagerank(weights="weight", damping=0.85))
out.append(agreement("pagerank", column("pagerank"), values, s))
values, s = timed(lambda: g.coreness())
out.append(agreement("kcore", column("kcore"), values, s))
values, s = timed(lambda: g.eigenvector_centrality(weights="weight", scale=False))
out.append(agreement("eigenvector", column("eigenvector"), values, s))
values, s = timed(lambda: g.transitivity_local_undirected(mode="zero"))
out.append(agreement("clustering", column("clustering"), values, s))
values, s = timed(lambda: g.betweenness(directed=False))
ours = column("betweenness")
row = agreement("betweenness", ours, values, s)
# ours is normalised by (n-1)(n-2) over ordered pairs; igraph counts each unordered pair once
scale = (n - 1) * (n - 2) / 2
top = sorted(range(n), key=lambda i: -values[i])[:50]
errors = sorted(abs(ours[i] * scale - values[i]) / values[i] for i in top if values[i] > 0)
row["top50RelativeError"] = {"median": round(errors[len(errors) // 2], 4), "p95": round(errors[int(len(errors) * 0.95) - 1], 4), "max": round(errors[-1], 4)}
out.append(row)
communities, s = timed(lambda: g.community_multilevel(weights="weight"))
ours = igraph.VertexClustering(g, membership=[int(r["community"]) for r in stored])
louvain = {
    "metric": "community",
    "ours": {"count": len(set(ours.membership)), "modularity": round(g.modularity(ours.membership, weights="weight"), 4)},
    "igraph": {"count": len(communities), "modularity": round(communities.modularity, 4)},
    "nmi": round(igraph.compare_communities(ours, communities, method="nmi"), 4),
    "igraphSeconds": round(s, 2),
}
print(json.dumps({"igraph": igraph.__version__, "nodes": n, "ties": g.ecount(), "ranks": out, "communities": louvain}))

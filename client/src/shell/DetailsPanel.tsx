import type { GraphElements } from '../api/client.ts';
import { useNodeDetails } from '../api/explore.ts';
import { ApiError } from '../api/fetch.ts';
import type { NodeAnswer, NodeMetrics } from '../api/types.ts';
import { viewsFor } from '../context.ts';
import { useT, type Key } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import { nodeColour } from '../ui/tokens.ts';
import './open-in.css';
import { ErrorMessage, Loading } from './Message.tsx';
import { metricRows } from './metric-rows.ts';

const VIEW_NAMES: Record<string, Key> = { '/triple-helix': 'viewTripleHelix', '/map': 'viewMap', '/sectors': 'profileOf', '/partners': 'partnersOf', '/paths': 'pathsFrom', '/': 'neighbourhood' };

/** Buttons opening the views that fit a node, on that node. */
function OpenIn({ id, label }: { id: string; label?: string }) {
  const { t } = useT();
  return (
    <section className="open-in" aria-label={t('openIn')} data-testid="open-in">
      <h3>{t('openIn')}</h3>
      <ul>
        {viewsFor(id, label).map((v) => (
          <li key={v.path}>
            <button type="button" className="link" onClick={() => navigate(v.path, v.params)}>
              {t(VIEW_NAMES[v.path] ?? 'open')} →
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const HIDDEN_PROPS = new Set(['id', 'key', 'label', 'type', 'name', 'nameEn', 'helix', 'members']);

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v && typeof v === 'object' ? JSON.stringify(v) : String(v));

function PropertyTable({ props }: { props: Record<string, unknown> }) {
  const rows = Object.entries(props).filter(([k, v]) => !HIDDEN_PROPS.has(k) && !k.startsWith('_') && v !== null && v !== undefined && v !== '');
  if (!rows.length) return null;
  return (
    <dl className="props">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Neighbours counted in the scene, used when the node API does not answer. */
function sceneNeighbours(scene: GraphElements, id: string): NodeAnswer['neighbours'] {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const type = new Map(scene.nodes.map((n) => [n.data.id, n.data.type]));
  for (const { data: e } of scene.edges) {
    if (e.source !== id && e.target !== id) continue;
    const other = type.get(e.source === id ? e.target : e.source) ?? 'Node';
    byLabel[other] = (byLabel[other] ?? 0) + 1;
    byType[e.type] = (byType[e.type] ?? 0) + 1;
  }
  return { byLabel, byType };
}

export interface DetailsPanelProps {
  selected: string | null;
  kind: 'node' | 'edge';
  scene: GraphElements;
  metrics?: Record<string, NodeMetrics> | null;
  open: boolean;
  onToggle: () => void;
  onNavigate?: (id: string) => void;
}

/** The selected node: properties, neighbours by type, metrics, and the source passages behind it. */
export function DetailsPanel({ selected, kind, scene, metrics, open, onToggle }: DetailsPanelProps) {
  const tr = useT();
  const { t, helix, type, relation, lang } = tr;
  const isNode = kind === 'node' && selected && !selected.startsWith('Group:');
  const answer = useNodeDetails(isNode ? selected : null);
  if (!open) {
    return (
      <button type="button" className="panel-toggle" onClick={onToggle} aria-expanded={false}>
        ◂ {t('details')}
      </button>
    );
  }
  const sceneNode = scene.nodes.find((n) => n.data.id === selected)?.data;
  const sceneEdge = kind === 'edge' ? scene.edges.find((e) => e.data.id === selected)?.data : undefined;
  const missing = answer.error instanceof ApiError && answer.error.missing;
  const node = answer.data?.node;
  const nameOf = (id: string) => scene.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  // a link is named by the nodes it joins; its ends and counts are said in words, not as raw ids
  const title = node?.label ?? sceneNode?.label ?? (sceneEdge ? `${nameOf(sceneEdge.source)} — ${nameOf(sceneEdge.target)}` : undefined);
  const edgeProps = sceneEdge && Object.fromEntries(Object.entries(sceneEdge).filter(([k]) => !['source', 'target', 'actors', 'projects', 'weight'].includes(k) || (k === 'weight' && sceneEdge.type !== 'SHARES')));
  const props = node?.props ?? sceneNode ?? edgeProps ?? {};
  const nameEn = (props.nameEn ?? sceneNode?.nameEn) as string | undefined;
  const h = (props.helix ?? sceneNode?.helix) as string | undefined;
  const neighbours = answer.data?.neighbours ?? (selected && sceneNode ? sceneNeighbours(scene, selected) : null);
  const m = selected ? metrics?.[selected] : undefined;
  return (
    <aside id="details" className="details-panel" data-testid="details" aria-label={t('details')}>
      <button type="button" className="panel-close" onClick={onToggle} aria-expanded={true} aria-label={t('closeDetails')}>
        ▸
      </button>
      {!selected && <p className="hint">{t('selectSomething')}</p>}
      {selected && (
        <>
          <h2>
            {!sceneEdge && <span className="swatch" style={{ background: nodeColour(node?.type ?? sceneNode?.type, h) }} />} {title ?? selected}
          </h2>
          {lang === 'en' && nameEn && nameEn !== title && <p className="name-en">{nameEn}</p>}
          <p className="kind">
            {sceneEdge ? `${t('edge')} · ${relation(sceneEdge.type)}` : type(node?.type ?? sceneNode?.type ?? '')}
            {h ? ` · ${helix(h)}` : ''}
            {props.kind ? ` · ${show(props.kind)}` : ''}
          </p>
          {sceneEdge?.type === 'SHARES' && <p data-testid="edge-shares">{t('shareCounts', { actors: Number(sceneEdge.actors ?? 0), projects: Number(sceneEdge.projects ?? 0) })}</p>}
          {isNode && <OpenIn id={selected} label={title} />}
          {answer.isLoading && <Loading />}
          {answer.error && !missing && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
          <h3>{t('properties')}</h3>
          <PropertyTable props={props} />
          {neighbours && (Object.keys(neighbours.byType).length > 0 || Object.keys(neighbours.byLabel).length > 0) && (
            <>
              <h3>{t('neighbours')}</h3>
              <ul className="counts">
                {Object.entries(neighbours.byLabel).map(([k, n]) => (
                  <li key={`l-${k}`}>
                    {type(k)}: {n}
                  </li>
                ))}
                {Object.entries(neighbours.byType).map(([k, n]) => (
                  <li key={`t-${k}`}>
                    {relation(k)}: {n}
                  </li>
                ))}
              </ul>
            </>
          )}
          {m && (
            <>
              <h3>{t('metrics')}</h3>
              <dl className="props metric-rows" data-testid="metric-rows">
                {metricRows(m, tr).map((r) => (
                  <div key={r.key}>
                    <dt>{r.name}</dt>
                    <dd>{r.value}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {isNode && (
            <section className="provenance" data-testid="provenance">
              <h3>{t('provenance')}</h3>
              {missing && <ErrorMessage error={answer.error!} />}
              {answer.data && answer.data.provenance.length === 0 && <p className="hint">{t('noProvenance')}</p>}
              {answer.data?.provenance.map((p, i) => (
                <figure key={i}>
                  {p.quote && <blockquote>“{p.quote}”</blockquote>}
                  <figcaption>
                    <strong>{p.document.title}</strong>
                    {p.document.publisher ? `, ${p.document.publisher}` : ''}
                    {p.document.year ? ` (${p.document.year})` : ''}
                    {p.section ? ` — ${t('section')} ${p.section}` : ''}
                    {p.document.file && <div className="file">{p.document.file}</div>}
                  </figcaption>
                </figure>
              ))}
            </section>
          )}
          {sceneEdge && (Array.isArray(sceneEdge.sources) || sceneEdge.evidence !== undefined) && (
            <section className="provenance" data-testid="provenance">
              <h3>{t('provenance')}</h3>
              {sceneEdge.evidence !== undefined && <blockquote>“{String(sceneEdge.evidence)}”</blockquote>}
              {Array.isArray(sceneEdge.sources) && <p className="file">{sceneEdge.sources.join(', ')}</p>}
            </section>
          )}
        </>
      )}
    </aside>
  );
}

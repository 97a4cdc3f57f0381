import type { ParamPatch } from './router.ts';

// The sector, region or actor a person is looking at follows them from view to view: it is read
// from the current view's link and written into the next view's link in that view's own terms.
// The period and the language are the shell's and ride along in every link (router.ts, navigate).

export interface Picked {
  id: string;
  label?: string;
}
export interface Context {
  sector?: Picked;
  region?: Picked;
  actor?: Picked;
}

const labelOf = (id: string) => id.slice(0, id.indexOf(':'));

/** Adds a node to a context by its label (Sector:…, Region:…, Actor:…); other nodes add nothing. */
export function withNode(ctx: Context, id: string | undefined | null, label?: string): Context {
  if (!id) return ctx;
  const picked = { id, ...(label ? { label } : {}) };
  switch (labelOf(id)) {
    case 'Sector':
      return { ...ctx, sector: picked };
    case 'Region':
      return { ...ctx, region: picked };
    case 'Actor':
      return { ...ctx, actor: picked };
    default:
      return ctx;
  }
}

/** What the view at `path` with these search parameters is about. */
export function contextOf(path: string, search: string): Context {
  const p = new URLSearchParams(search);
  const get = (k: string) => p.get(k) ?? undefined;
  let ctx: Context = {};
  switch (path) {
    case '/triple-helix':
    case '/compare':
    case '/report':
      ctx = withNode(ctx, get('id'), get('idLabel'));
      break;
    case '/sectors':
      ctx = withNode(ctx, get('id'));
      break;
    case '/paths':
      ctx = withNode(ctx, get('from'), get('fromLabel'));
      break;
    case '/partners':
      ctx = withNode(ctx, get('actors')?.split(',')[0]);
      break;
    case '/':
      ctx = withNode(ctx, get('ids')?.split(',')[0]);
      break;
    case '/map':
      ctx = withNode(ctx, get('sector'), get('sectorLabel'));
      break;
  }
  // The selected node is the most recent choice.
  return withNode(ctx, get('sel'));
}

/** The search parameters that open the view at `path` on the context. */
export function paramsFor(path: string, ctx: Context): ParamPatch {
  const scope = ctx.sector ? { scope: 'sector', ...ctx.sector } : ctx.region ? { scope: 'region', ...ctx.region } : null;
  switch (path) {
    case '/triple-helix':
    case '/compare':
    case '/report':
      return scope ? { scope: scope.scope, id: scope.id, idLabel: scope.label } : {};
    case '/sectors':
      return ctx.sector ? { id: ctx.sector.id } : {};
    case '/paths':
      return ctx.actor ? { from: ctx.actor.id, fromLabel: ctx.actor.label } : {};
    case '/partners':
      return ctx.actor ? { actors: ctx.actor.id } : {};
    case '/cross-sector':
      return ctx.sector ? { sel: ctx.sector.id } : {};
    case '/map':
      return { ...(ctx.region ? { sel: ctx.region.id } : {}), ...(ctx.sector ? { sector: ctx.sector.id, sectorLabel: ctx.sector.label } : {}) };
    case '/': {
      const node = ctx.actor ?? ctx.sector ?? ctx.region;
      return node ? { ids: node.id, sel: node.id } : {};
    }
    default:
      return {};
  }
}

/** The views that fit a node, with the parameters that open each on it. */
export function viewsFor(id: string, label?: string): { path: string; params: ParamPatch }[] {
  const ctx = withNode({}, id, label);
  const paths = ctx.sector ? ['/triple-helix', '/sectors', '/map', '/'] : ctx.region ? ['/triple-helix', '/map', '/'] : ctx.actor ? ['/partners', '/paths', '/'] : ['/'];
  return paths.map((path) => ({ path, params: path === '/' && !ctx.sector && !ctx.region && !ctx.actor ? { ids: id, sel: id } : paramsFor(path, ctx) }));
}

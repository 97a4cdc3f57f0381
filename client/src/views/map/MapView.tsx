import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { FLOW_WEIGHTS, GEOMETRY_ATTRIBUTION, HELICES, MAP_MEASURES, type RegionFigures, type RegionFlow } from '../../../../contract/index.ts';
import { useTripleHelix } from '../../api/analysis.ts';
import { useNodeDetails } from '../../api/explore.ts';
import { useGeometry, useRegionsFlows, useRegionsMap, type MapFilters } from '../../api/regions.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { usePeriodQuery } from '../../period.ts';
import { int, list, oneOf, text, useViewParams } from '../../router.ts';
import { ErrorMessage } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { Chips, Choice, Field, Loading, Slider, Toolbar } from '../../ui/index.ts';
import type { Camera } from './camera.ts';
import { colourOf, lqClasses, NO_VALUE, quantileClasses } from './classes.ts';
import { exportPng, exportSvg } from './export-map.ts';
import { FlowsLayer } from './FlowsLayer.tsx';
import { classLabel, formatMeasure } from './format.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MAP_OVERLAYS, MapLegend } from './MapLegend.tsx';
import { placeActors } from './network.ts';
import { NetworkLayer } from './NetworkLayer.tsx';
import { EUROPE, europeanBox, project, ringsBox, type Point } from './projection.ts';
import { RegionPanel } from './RegionPanel.tsx';
import { BordersLayer, RegionsLayer, shapesOf } from './RegionsLayer.tsx';
import './map.css';

const MapParams = z.object({
  level: int(0, 3, 2),
  measure: oneOf(MAP_MEASURES, 'actors'),
  flows: int(0, 500, 30),
  weight: oneOf(FLOW_WEIGHTS, 'pairs'),
  helix: list(),
  focus: text(),
  region: text(),
  sel: text(),
  sector: text(),
  sectorLabel: text(),
  /** measure lq: the programme part whose location quotients are shown (a sector comes from `sector`). */
  category: text(),
  net: oneOf(['on', 'off'], 'on'),
});

const LEVELS = [0, 1, 2, 3] as const;


/** The NUTS regions on a map: a measure as a choropleth, flows between regions, a region's network. */
export function MapView() {
  const tr = useT();
  const { t, num, lang } = tr;
  const [params, setParams] = useViewParams(MapParams);
  const { level, measure, weight } = params;
  // the period of the shell's period control, like every view
  const period = usePeriodQuery();
  // With measure lq a chosen sector is the category of the location quotients, not a filter.
  const lq = measure === 'lq';
  const filters: MapFilters = useMemo(
    () => ({ level, helix: params.helix.filter((h) => (HELICES as readonly string[]).includes(h)), sector: lq ? undefined : params.sector, ...period }),
    [level, params.helix, params.sector, period, lq],
  );
  const geometry = useGeometry(level);
  const countries = useGeometry(0);
  const figures = useRegionsMap(filters, measure, lq ? (params.sector ?? params.category) : undefined);
  const specialisation = lq ? figures.data?.specialisation : null;
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | undefined>();
  const [zoom, setZoom] = useState(1);
  const [zoomBy, setZoomBy] = useState<{ factor: number; at: number }>();
  const onCamera = useCallback((c: Camera) => setZoom(c.k), []);

  const shapes = useMemo(() => (geometry.data ? shapesOf(geometry.data) : []), [geometry.data]);
  const borders = useMemo(() => (countries.data ? shapesOf(countries.data) : []), [countries.data]);
  const labels = useMemo(() => new Map<string, Point>((geometry.data?.regions ?? []).map((r) => [r.id, project(r.label[0], r.label[1])])), [geometry.data]);
  const byId = useMemo(() => new Map<string, RegionFigures>((figures.data?.regions ?? []).map((r) => [r.id, r])), [figures.data]);
  const classes = useMemo(() => {
    const values = (figures.data?.regions ?? []).flatMap((r) => (r.value === null ? [] : [r.value]));
    return figures.data?.measure === 'lq' ? lqClasses(values) : quantileClasses(values);
  }, [figures.data]);
  const fills = useMemo(() => new Map(shapes.map((s) => [s.id, byId.has(s.id) ? colourOf(classes, byId.get(s.id)!.value) : NO_VALUE])), [shapes, byId, classes]);

  // The selected region: by NUTS id, or the region of the node the context carries (sel).
  const selectedId = params.region?.length === 2 + level ? params.region : (figures.data?.regions.find((r) => r.node && r.node === params.sel)?.id ?? undefined);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  // With a region selected, the flows are its own: the regions it works with most.
  const flows = useRegionsFlows(filters, weight, Math.max(1, params.flows), params.flows > 0, selectedId);
  const selectedGeo = geometry.data?.regions.find((r) => r.id === selectedId);
  // A region picked before its figures arrived gets its graph node into the link once they do.
  const node = selected?.node;
  useEffect(() => {
    if (params.region && node && params.sel !== node) setParams({ sel: node });
  }, [params.region, node, params.sel, setParams]);
  const network = useTripleHelix('region', params.net === 'on' ? (selected?.node ?? undefined) : undefined);
  const placed = useMemo(() => {
    if (!network.data || !selectedGeo || params.net !== 'on') return [];
    return placeActors(network.data, project(selectedGeo.label[0], selectedGeo.label[1]), ringsBox(selectedGeo.rings));
  }, [network.data, selectedGeo, params.net]);
  const placedIds = new Set(placed.map((a) => a.id));
  const links = (network.data?.edges ?? []).map((e) => ({ source: e.data.source, target: e.data.target })).filter((l) => placedIds.has(l.source) && placedIds.has(l.target));

  const focusBox = useMemo(() => {
    const country = params.focus && countries.data?.regions.find((r) => r.id === params.focus);
    return country ? europeanBox(country.rings) : EUROPE;
  }, [params.focus, countries.data]);

  // A link that names the sector without its label (carried from another view): the label is looked up.
  const namedSector = useNodeDetails(params.sector && !params.sectorLabel ? params.sector : null);
  const sectorLabel = params.sectorLabel ?? namedSector.data?.node.label ?? params.sector;
  const filterNote = [
    sectorLabel && !lq ? t('mapSectorNote', { sector: sectorLabel }) : '',
    filters.helix.length ? t('mapHelixNote', { helices: filters.helix.map((h) => tr.helix(h)).join(', ') }) : '',
  ].filter(Boolean).join(' · ');

  const measureName = specialisation ? t('mapLqTitle', { category: specialisation.category.label }) : t(`measure_${measure}` as Key);
  const classesNote = specialisation ? t(specialisation.reference === 'all' ? 'mapLqClassesAll' : 'mapLqClasses') : t('mapLegendClasses');
  const nameOf = (id: string) => geometry.data?.regions.find((r) => r.id === id)?.name ?? id;
  const flowTip = (f: RegionFlow) => t('mapFlowTip', { a: nameOf(f.a), b: nameOf(f.b), pairs: num(f.pairs), projects: num(f.projects) });
  const shownFlows = params.flows > 0 ? (flows.data?.flows ?? []) : [];
  const title = `${t('mapSvgTitle', { measure: measureName, level })}${filterNote ? ` (${filterNote})` : ''}`;
  const filename = `helix-map-nuts${level}-${measure}${params.sector ? `-${params.sector.replace(/[^\w-]+/g, '_')}` : ''}`;
  const hovered = hover ? byId.get(hover.id) : undefined;

  const pick = (id: string) => {
    const row = byId.get(id);
    setParams({ region: id === selectedId ? undefined : id, sel: id === selectedId ? undefined : (row?.node ?? undefined) });
  };

  return (
    <div className="view map-view">
      <div className="view-controls">
        <Toolbar label={t('viewMap')} className="map-toolbar">
          <Choice
            label={t('mapLevel')}
            name="map-level"
            value={String(level) as '0' | '1' | '2' | '3'}
            options={LEVELS.map((l) => ({ value: String(l) as '0' | '1' | '2' | '3', label: <span title={t(`mapLevel${l}` as Key)}>{`NUTS ${l}`}</span> }))}
            onChange={(v) => setParams({ level: v, region: params.region && Number(v) < level ? params.region.slice(0, 2 + Number(v)) : undefined })}
          />
          <Field label={t('mapMeasure')}>
            <select value={measure} onChange={(e) => setParams({ measure: e.target.value })} data-testid="map-measure">
              {MAP_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`measure_${m}` as Key)}
                </option>
              ))}
            </select>
          </Field>
          {lq && specialisation && (!params.sector || specialisation.by === 'sector') && (
            <Field label={`${t('mapCategory')}: ${t(specialisation.by === 'part' ? 'mapLqParts' : 'mapLqSectors')}`}>
              <select
                value={specialisation.category.id}
                data-testid="map-category"
                onChange={(e) => setParams(specialisation.by === 'part' ? { category: e.target.value, sector: undefined, sectorLabel: undefined } : { sector: e.target.value, sectorLabel: undefined })}
              >
                {specialisation.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Slider label={t('mapFlows')} name="flows" value={params.flows} min={0} max={200} step={5} onChange={(v) => setParams({ flows: v })} format={(v) => (v ? String(v) : t('mapFlowsNone'))} />
          <Field label={t('mapFlowWeight')}>
            <select value={weight} onChange={(e) => setParams({ weight: e.target.value })}>
              {FLOW_WEIGHTS.map((w) => (
                <option key={w} value={w}>
                  {t(`flow_${w}` as Key)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('mapZoomTo')}>
            <select value={params.focus ?? ''} onChange={(e) => setParams({ focus: e.target.value || undefined })} data-testid="map-focus">
              <option value="">{t('mapEurope')}</option>
              {(countries.data?.regions ?? [])
                .slice()
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field label={t('mapSector')}>
            {params.sector ? (
              <Chips items={[{ id: params.sector, label: sectorLabel ?? params.sector }]} removeLabel={(l) => t('mapSectorRemove', { sector: l })} onRemove={() => setParams({ sector: undefined, sectorLabel: undefined })} />
            ) : (
              <SearchBox testId="map-sector" types={['Sector']} label={t('mapSector')} placeholder={t('mapSectorAll')} onPick={(r) => setParams({ sector: r.id, sectorLabel: r.label })} />
            )}
          </Field>
          <fieldset className="map-helices">
            <legend className="ui-field-label">{t('helix')}</legend>
            {HELICES.map((h) => (
              <label key={h}>
                <input
                  type="checkbox"
                  checked={!filters.helix.length || filters.helix.includes(h)}
                  onChange={(e) => {
                    const now = filters.helix.length ? filters.helix : [...HELICES];
                    const next = e.target.checked ? [...now, h] : now.filter((x) => x !== h);
                    setParams({ helix: next.length === HELICES.length ? undefined : next });
                  }}
                />
                {tr.helix(h)}
              </label>
            ))}
          </fieldset>
        </Toolbar>
      </div>
      <div className="map-body">
        <div className="map-stage">
          {(geometry.error ?? figures.error) && <ErrorMessage error={(geometry.error ?? figures.error)!} onRetry={() => void figures.refetch()} />}
          {geometry.isLoading && <Loading />}
          {geometry.data && (
            <MapCanvas
              focus={focusBox}
              overlays={MAP_OVERLAYS}
              label={`${t('mapCanvas')}: ${title}`}
              svgRef={svgRef}
              zoomBy={zoomBy}
              onCamera={onCamera}
              onHover={(id, x, y) => setHover(id ? { id, x, y } : undefined)}
              onPick={pick}
              overlay={(size) => (
                <MapLegend
                  classes={classes}
                  width={size.width}
                  height={size.height}
                  text={{
                    title: measureName,
                    classesNote,
                    filter: filterNote || undefined,
                    noActors: t('mapNoActors'),
                    flows: shownFlows.length ? [t('mapFlowLegend', { weight: t(`flow_${weight}` as Key).toLowerCase() }), t('mapFlowCount', { shown: num(shownFlows.length), total: num(flows.data?.total ?? 0) })] : undefined,
                    attribution: GEOMETRY_ATTRIBUTION,
                    range: (from, to, last) => classLabel(lang, measure, from, to, last),
                  }}
                />
              )}
            >
              <RegionsLayer shapes={shapes} fills={fills} selected={selectedId} />
              {level > 0 && <BordersLayer shapes={borders} />}
              <FlowsLayer flows={shownFlows} labels={labels} tip={flowTip} />
              {placed.length > 0 && <NetworkLayer actors={placed} links={links} zoom={zoom} />}
            </MapCanvas>
          )}
          <div className="map-export">
            <button type="button" onClick={() => svgRef.current && exportSvg(svgRef.current, title, filename)}>
              {t('mapExportSvg')}
            </button>
            <button type="button" onClick={() => svgRef.current && void exportPng(svgRef.current, title, filename)}>
              {t('mapExportPng')}
            </button>
          </div>
          <div className="map-zoom">
            <button type="button" aria-label={t('mapZoomIn')} title={t('mapZoomIn')} onClick={() => setZoomBy({ factor: 1.6, at: Date.now() })}>
              +
            </button>
            <button type="button" aria-label={t('mapZoomOut')} title={t('mapZoomOut')} onClick={() => setZoomBy({ factor: 1 / 1.6, at: Date.now() })}>
              −
            </button>
          </div>
          {hover && (
            <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-testid="map-tooltip" role="status">
              <strong>{nameOf(hover.id)}</strong> <span className="map-nuts">{hover.id}</span>
              {hovered ? (
                <>
                  <div>
                    {measureName}: <b>{formatMeasure(lang, measure, hovered.value)}</b>
                  </div>
                  <div>
                    {t('measure_actors')}: {num(hovered.actors)} · {t('measure_participations')}: {num(hovered.participations)}
                  </div>
                  <div>
                    {t('measure_contribution')}: {formatMeasure(lang, 'contribution', hovered.contribution)} · {t('measure_cross_helix')}: {formatMeasure(lang, 'cross_helix', hovered.crossShare)}
                  </div>
                </>
              ) : (
                <div>{t('mapNoActors')}</div>
              )}
            </div>
          )}
        </div>
        <RegionPanel
          hint={`${t('mapHint')}${period.period ? ` ${t('mapPeriod', { period: period.period })}.` : ''}`}
          id={selectedId}
          name={selectedId ? nameOf(selectedId) : undefined}
          figures={selected}
          lq={specialisation ? { measure: specialisation.measure, category: specialisation.category.id } : undefined}
          network={params.net === 'on'}
          onNetwork={(on) => setParams({ net: on ? undefined : 'off' })}
          drawn={{ actors: placed.length, links: links.length, loading: network.isFetching }}
          partners={selectedId ? shownFlows.slice(0, 5).map((f) => ({ id: f.a === selectedId ? f.b : f.a, name: nameOf(f.a === selectedId ? f.b : f.a), weight: f.weight })) : []}
          partnersTitle={t('mapPartners', { weight: t(`flow_${weight}` as Key).toLowerCase() })}
        />
      </div>
    </div>
  );
}


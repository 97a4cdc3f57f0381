import { z } from 'zod';
import { HELICES } from '../../../../contract/index.ts';
import { useTripleHelix } from '../../api/analysis.ts';
import { useReport, type EcosystemReport } from '../../api/report.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { localeOf, useT } from '../../i18n/index.ts';
import { levelIn } from '../../i18n/level-words.ts';
import { usePeriod } from '../../period.ts';
import { oneOf, text, useViewParams } from '../../router.ts';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { Field, Table, Toolbar } from '../../ui/index.ts';
import { HelixMatrix } from '../triple-helix/HelixMatrix.tsx';
import { ROLES } from '../triple-helix/HelixStats.tsx';
import { formatValue, metricName } from '../sector/figures.ts';
import { SynergyFigures } from '../triple-helix/SynergyPanel.tsx';
import { ShiftShareTable } from '../specialisation/ShiftShareTable.tsx';
import { ReportMap } from './ReportMap.tsx';
import { ReportNetwork } from './ReportNetwork.tsx';
import { saveStandalone } from './standalone.ts';
import './report.css';

const ReportParams = z.object({ scope: oneOf(['sector', 'region'] as const, 'sector'), id: text(), idLabel: text() });

type R = EcosystemReport;

/** The printable ecosystem report of a sector or a region: every figure with its source, in the interface language. */
export function ReportView() {
  const { t, lang } = useT();
  const [params, setParams] = useViewParams(ReportParams);
  const report = useReport(params.scope, params.id, lang);
  const r = report.data;
  return (
    <div className="view report-view">
      <Toolbar label={t('report')} className="view-controls report-controls">
        <Field label={t('scope')} inline>
          <select value={params.scope} onChange={(e) => setParams({ scope: e.target.value, id: undefined, idLabel: undefined })} data-testid="report-scope">
            <option value="sector">{t('reportSector')}</option>
            <option value="region">{t('reportRegion')}</option>
          </select>
        </Field>
        <SearchBox
          testId="report-search"
          types={[params.scope === 'sector' ? 'Sector' : 'Region']}
          label={params.scope === 'sector' ? t('reportSector') : t('reportRegion')}
          initial={r?.scope.label ?? params.idLabel ?? ''}
          onPick={(hit) => setParams({ id: hit.id, idLabel: hit.label })}
        />
        <button type="button" disabled={!r} onClick={() => window.print()} data-testid="report-print">
          {t('reportPrint')}
        </button>
        <button type="button" disabled={!r} onClick={() => r && saveStandalone(document.querySelector('.report')!, `report-${r.scope.id.replace(/[^\w-]+/g, '_')}.html`, lang)}>
          {t('reportSave')}
        </button>
      </Toolbar>
      <div className="report-scroll">
        {!params.id && <Empty>{t('reportPick')}</Empty>}
        {params.id && report.error && <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />}
        {params.id && report.isLoading && <Loading />}
        {r && <Report r={r} />}
      </div>
    </div>
  );
}

/** A period as the report writes it (2014–2017). */
const periodLabel = (p: Pick<NonNullable<R['period']>, 'from' | 'to'> | null | undefined) => (!p ? '' : p.from === p.to ? String(p.from) : `${p.from}–${p.to}`);

function Report({ r }: { r: R }) {
  const { t, lang, num, helix, decimal } = useT();
  const { period } = usePeriod();
  const scene = useTripleHelix(r.scope.kind, r.scope.id);
  const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
  // A figure cites its document by its number in the list of sources, and the table it was read from.
  const refOf = new Map(r.sources.map((s, i) => [s.title, i + 1]));
  const ref = (title: string) => (refOf.has(title) ? `[${refOf.get(title)}]` : title);
  const cite = (c: R['keyFigures'][number]['source']) =>
    c.document ? (c.table ? t('reportTable', { document: ref(c.document), table: c.table }) : ref(c.document)) : c.dataset ? t('reportDataset', { dataset: c.dataset.split('; ').map(ref).join(', ') }) : '–';
  const name = lang === 'en' && r.scope.labelEn ? r.scope.labelEn : r.scope.label;
  const date = new Date(r.generatedAt).toLocaleDateString(localeOf(lang), { year: 'numeric', month: 'long', day: 'numeric' });
  const helices = HELICES.filter((h) => (r.helix.actors[h] ?? 0) > 0 || r.helix.matrix[h]);
  const actorCell = (a: { label: string; helix: string | null }) => (
    <>
      {a.label}
      {a.helix && <span className="report-helix"> · {helix(a.helix)}</span>}
    </>
  );
  const sections = [
    'reportKeyFigures',
    'reportHelix',
    'reportSynergy',
    ...(r.specialisation ? (['reportSpecialisation'] as const) : []),
    ...(r.map ? (['reportMap'] as const) : []),
    'reportNetwork', 'reportCentral', 'reportBrokers', 'reportSectors', 'reportIntroductions', 'reportPolicies', 'reportSources'] as const;

  return (
    <article className="report" data-testid="report" lang={lang}>
      <header className="report-head">
        <h1>{t('reportTitle', { name })}</h1>
        <p className="report-meta">
          {period ? t('reportPeriod', { period: periodLabel(period) }) : t('reportAllYears')} ·{' '}
          {t('reportMade', { date })}
        </p>
        <nav aria-label={t('reportContents')} className="report-contents">
          <ol>
            {sections.map((s) => (
              <li key={s}>
                <a href={`#${s}`}>{t(s)}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <section id="reportKeyFigures">
        <h2>{t('reportKeyFigures')}</h2>
        {r.keyFigures.length === 0 ? (
          <p>{t('reportNoFigures')}</p>
        ) : (
          <Table
            testId="report-figures"
            rowKey={(_, i) => String(i)}
            rows={r.keyFigures}
            columns={[
              { key: 'subject', head: t('reportSubject'), cell: (f) => `${f.subject}${f.region ? ` (${f.region})` : ''}` },
              { key: 'figure', head: t('reportFigure'), cell: (f) => metricName(f, lang) },
              { key: 'value', head: t('reportValue'), numeric: true, cell: (f) => formatValue(f, lang) },
              { key: 'year', head: t('reportYear'), numeric: true, cell: (f) => (f.year === null ? '–' : String(f.year)) },
              { key: 'source', head: t('reportSource'), cell: (f) => <span className="report-source">{cite(f.source)}</span> },
            ]}
          />
        )}
      </section>

      <section id="reportHelix">
        <h2>{t('reportHelix')}</h2>
        <div className="report-columns">
          <Table
            testId="report-helix"
            rowKey={(h) => h}
            rows={helices}
            columns={[
              { key: 'helix', head: 'Helix', cell: (h) => helix(h) },
              { key: 'actors', head: t('reportHelixActors'), numeric: true, cell: (h) => num(r.helix.actors[h] ?? 0) },
              { key: 'isolated', head: t('reportIsolated'), numeric: true, cell: (h) => num(r.helix.isolated[h] ?? 0) },
            ]}
          />
          <HelixMatrix matrix={r.helix.matrix} testId="report-matrix" caption={t('reportMatrix')} />
        </div>
        <p>{t('reportTies', { n: num(r.helix.ties), share: percent(r.helix.crossShare), ei: decimal(r.helix.ei) })}</p>
        {r.helix.missing.length > 0 && <p className="report-warning">{t('reportMissing', { helices: r.helix.missing.map(helix).join(', ') })}</p>}
        {r.helix.thin.length > 0 && <p className="report-warning">{t('reportThin', { helices: r.helix.thin.map((x) => helix(x.helix)).join(', ') })}</p>}
        {r.helix.truncated && <p className="report-note">{t('reportTruncated', { n: num(Object.values(r.helix.actors).reduce((a, b) => a + b, 0)) })}</p>}
        <p className="report-source">{t('reportSource')}: {cite(r.helix.source)}</p>
      </section>

      <section id="reportSynergy">
        <SynergyFigures s={r.synergy} />
      </section>

      {r.specialisation && (
        <section id="reportSpecialisation">
          <h2>{t('reportSpecialisation')}</h2>
          <p className="report-note">
            {t('reportSpecialisationHelp', {
              reference: r.specialisation.reference.label,
              measure: r.specialisation.measure === 'participations' ? t('reportMeasureParticipations') : t('reportMeasureActors'),
            })}
          </p>
          <Table
            testId="report-specialisation"
            rowKey={(c) => c.id}
            rows={r.specialisation.categories.filter((c) => c.lq !== null).slice(0, 10)}
            columns={[
              { key: 'category', head: t('reportCategory'), cell: (c) => c.label },
              { key: 'value', head: t('reportValue'), numeric: true, cell: (c) => num(c.value) },
              { key: 'share', head: t('reportRegionShare'), numeric: true, cell: (c) => percent(c.share) },
              { key: 'ref', head: t('reportReferenceShare'), numeric: true, cell: (c) => percent(c.referenceShare) },
              { key: 'lq', head: t('reportLq'), numeric: true, cell: (c) => (c.lq === null ? '–' : c.lq.toLocaleString(localeOf(lang), { maximumFractionDigits: 2 })) },
            ]}
          />
          {r.shiftShare && (
            <div className="report-keep">
              <h3>{t('ssTitle', { a: periodLabel(r.shiftShare.a), b: periodLabel(r.shiftShare.b) })}</h3>
              <p className="report-note">{t('ssHint')}</p>
              <ShiftShareTable ss={r.shiftShare} testId="report-shift-share" />
            </div>
          )}
          {!r.shiftShare && <p className="report-note">{t('ssNeedsPeriod')}</p>}
        </section>
      )}

      {r.map && (
        <section id="reportMap">
          <h2>{t('reportMap')}</h2>
          <p className="report-note">{r.map.highlight ? t('reportMapRegion', { name }) : t('reportMapSector', { name, level: r.map.level })}</p>
          <ReportMap map={r.map} caption={t('reportMap')} />
        </section>
      )}

      <section id="reportNetwork">
        <h2>{t('reportNetwork')}</h2>
        {scene.data ? <ReportNetwork elements={scene.data} alt={`${t('reportNetwork')}: ${name}`} /> : <Loading />}
        <ul className="report-legend" aria-label={t('reportHelix')}>
          {helices.map((h) => (
            <li key={h}>
              <span className="report-swatch" style={{ background: HELIX_COLOURS[h] }} aria-hidden="true" />
              {helix(h)}
            </li>
          ))}
        </ul>
        <p className="report-note">{t('reportNetworkCaption')}</p>
      </section>

      <section id="reportCentral">
        <h2>{t('reportCentral')}</h2>
        <p className="report-note">{t('reportCentralHelp')}</p>
        <Table
          testId="report-central"
          rowKey={(a) => a.id}
          rows={r.central}
          columns={[
            { key: 'rank', head: '#', numeric: true, cell: (a) => String(r.central.indexOf(a) + 1) },
            { key: 'actor', head: t('reportActor'), cell: actorCell },
            { key: 'degree', head: t('reportDegree'), numeric: true, cell: (a) => num(a.degree) },
            { key: 'betweenness', head: t('reportBetweenness'), numeric: true, cell: (a) => a.betweenness.toLocaleString(localeOf(lang), { maximumFractionDigits: 3 }) },
          ]}
        />
      </section>

      <section id="reportBrokers">
        <h2>{t('reportBrokers')}</h2>
        <p className="report-note">{t('reportBrokersHelp')}</p>
        {r.brokers.length === 0 ? (
          <p>{t('reportNone')}</p>
        ) : (
          <Table
            testId="report-brokers"
            rowKey={(a) => a.id}
            rows={r.brokers}
            columns={[
              { key: 'actor', head: t('reportActor'), cell: actorCell },
              ...ROLES.map((role) => ({ key: role.role, head: t(role.key), numeric: true, cell: (a: R['brokers'][number]) => num(a.roles[role.role]) })),
              { key: 'total', head: t('reportTotal'), numeric: true, cell: (a) => num(a.roles.total) },
            ]}
          />
        )}
      </section>

      <section id="reportSectors">
        <h2>{t('reportSectors')}</h2>
        <p className="report-note">{r.scope.kind === 'sector' ? t('reportSectorsHelpSector') : t('reportSectorsHelpRegion')}</p>
        {r.sectors.length === 0 ? (
          <p>{t('reportNone')}</p>
        ) : (
          <Table
            testId="report-sectors"
            rowKey={(s) => s.id}
            rows={r.sectors}
            columns={[
              { key: 'sector', head: t('reportSector'), cell: (s) => s.label },
              { key: 'actors', head: r.scope.kind === 'sector' ? t('reportSharedActors') : t('reportActorsHere'), numeric: true, cell: (s) => num(s.actors) },
              ...(r.scope.kind === 'sector' ? [{ key: 'projects', head: t('reportSharedProjects'), numeric: true, cell: (s: R['sectors'][number]) => num(s.projects ?? 0) }] : []),
            ]}
          />
        )}
      </section>

      <section id="reportIntroductions">
        <h2>{t('reportIntroductions')}</h2>
        <p className="report-note">{t('reportIntroductionsHelp')}</p>
        {r.introductions.length === 0 ? (
          <p>{t('reportNone')}</p>
        ) : (
          <Table
            testId="report-introductions"
            rowKey={(p) => `${p.a.id}|${p.b.id}`}
            rows={r.introductions}
            columns={[
              { key: 'a', head: t('reportActor'), cell: (p) => actorCell(p.a) },
              { key: 'b', head: t('reportActor'), cell: (p) => actorCell(p.b) },
              { key: 'introducer', head: t('reportIntroducer'), cell: (p) => p.introducer ?? '–' },
              { key: 'score', head: t('reportScore'), numeric: true, cell: (p) => decimal(p.score) },
            ]}
          />
        )}
      </section>

      <section id="reportPolicies">
        <h2>{t('reportPolicies')}</h2>
        {r.policies.length === 0 ? (
          <p>{t('reportNone')}</p>
        ) : (
          <Table
            testId="report-policies"
            rowKey={(p) => p.id}
            rows={r.policies}
            columns={[
              { key: 'level', head: t('reportLevel'), cell: (p) => (p.level ? levelIn(lang, p.level) : '–') },
              { key: 'policy', head: t('reportPolicy'), cell: (p) => p.label },
              { key: 'issuer', head: t('reportIssuer'), cell: (p) => p.issuer ?? '–' },
              { key: 'source', head: t('reportSource'), cell: (p) => <span className="report-source">{cite(p.source)}</span> },
            ]}
          />
        )}
        {r.technologies.length > 0 && (
          <>
            <h3>{t('reportTechnologies')}</h3>
            <p>{r.technologies.map((x) => `${x.label}${x.ket ? ' (KET)' : ''}`).join(' · ')}</p>
          </>
        )}
      </section>

      <section id="reportSources">
        <h2>{t('reportSources')}</h2>
        <ol className="report-sources" data-testid="report-sources">
          {r.sources.map((s, i) => (
            <li key={s.id} id={`source-${i + 1}`}>
              {s.title}
              {s.publisher ? `, ${s.publisher}` : ''}
              {s.year ? ` (${s.year})` : ''}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

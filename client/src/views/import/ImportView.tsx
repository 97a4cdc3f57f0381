import { useEffect, useState, type DragEvent } from 'react';
import { CORDIS_ARCHIVES, type CordisInfo, type ImportAnswer, type ImportJob, type ImportReport as Report } from '../../api/client.ts';
import { ApiError } from '../../api/fetch.ts';
import { useGraphChanged, useImportJob, useUpload } from '../../api/import.ts';

// Bring your own data: drop files, see the dry-run report, then import with a progress bar and
// a summary of what was created, updated and left unchanged.

// Every file the server has a template for (GET /api/import/templates): each label and relationship type.
const TEMPLATES = ['actors', 'sectors', 'technologies', 'regions', 'policies', 'projects', 'documents', 'observations', 'participates_in', 'collaborates_with', 'member_of', 'founded', 'active_in', 'develops', 'enabled_by', 'related_to', 'located_in', 'part_of', 'targets', 'uses', 'funded_by', 'issued', 'covers', 'prioritises', 'same_as'];

function ReportTable({ report }: { report: Report }) {
  return (
    <section data-testid="import-report">
      <h3>{report.ok ? `Ready: ${report.rows} rows in ${report.files.length} file(s) are valid` : `${report.problemCount} problem(s); nothing was written`}</h3>
      <ul>
        {report.files.map((f) => (
          <li key={f.file}>
            {f.file}: {f.rows} rows → {f.target}
          </li>
        ))}
      </ul>
      {report.problems.length > 0 && (
        <table className="problems">
          <thead>
            <tr>
              <th>File</th>
              <th>Row</th>
              <th>Column</th>
              <th>Value</th>
              <th>What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={i}>
                <td>{p.file}</td>
                <td>{p.row ?? ''}</td>
                <td>{p.column ?? ''}</td>
                <td>{p.value === undefined ? '' : String(p.value)}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CordisNotes({ cordis }: { cordis: CordisInfo }) {
  const s = cordis.stats;
  return (
    <section data-testid="import-cordis">
      {cordis.inputs && (
        <ul data-testid="import-cordis-inputs">
          {cordis.inputs.map((i) => (
            <li key={i.input}>
              {i.input} ({i.programmes.join(', ').toUpperCase()}): {i.files.map((f) => `${f.file} ${f.rows} rows`).join(', ')}
              {i.contentFrom ? `; updated ${i.contentFrom} … ${i.contentTo}` : ''}
              {i.unusedTables.length > 0 ? `; not used: ${i.unusedTables.join(', ')}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p>
        CORDIS: {s.organisations} organisations, {s.projects} projects, {s.participations} participations; {s.pairs} collaboration pairs (consortia above {s.maxConsortium} members left out of
        the pairs: {s.projectsOverCap} projects, {(s.pairsWithoutCap ?? 0) - (s.pairs ?? 0)} pairs); {s.sameAs} SAME_AS links to actors already in the graph.
      </p>
      <p>
        Places: {s.placedInNuts ?? 0} organisations in NUTS regions; {s.oldNutsCodes ?? 0} NUTS codes older than NUTS 2021 kept as given
        {cordis.oldNutsCodes?.length ? ` (${cordis.oldNutsCodes.slice(0, 10).join(', ')})` : ''}. Natural persons: {s.naturalPersonParticipations ?? 0} participations counted in their projects,
        not imported.
      </p>
      {cordis.review.length > 0 && (
        <>
          <h3>Possible matches to review (not linked)</h3>
          <ul data-testid="import-review">
            {cordis.review.map((m) => (
              <li key={`${m.from}|${m.to}`}>
                {m.fromName} ({m.from}) ~ {m.toName} ({m.to}), score {m.score}: {m.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ImportView() {
  const [token, setToken] = useState('');
  const [cordis, setCordis] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [cordisInfo, setCordisInfo] = useState<CordisInfo | null>(null);
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const uploader = useUpload();
  const busy = uploader.isPending;
  const polled = useImportJob(jobId, token);
  // Until the first poll answers, the job is known to run with nothing written yet.
  const job: Pick<ImportJob, 'status' | 'progress' | 'summary' | 'error'> | null = jobId ? (polled.data ?? { status: 'running', progress: { done: 0, total: report?.rows ?? 0 } }) : null;
  const graphChanged = useGraphChanged();
  useEffect(() => {
    if (polled.data?.status === 'done') graphChanged();
    // once per finished job
  }, [polled.data?.status]);
  useEffect(() => {
    if (polled.error) setError(polled.error.message);
  }, [polled.error]);

  const reset = (next: File[]) => {
    setFiles(next);
    setChecked(null);
    setReport(null);
    setCordisInfo(null);
    setJobId(undefined);
    setError(null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    reset([...files, ...Array.from(e.dataTransfer.files)]);
  };

  const send = async (dryRun: boolean) => {
    setError(null);
    try {
      const answer = await uploader.mutateAsync({ files, token, cordis, dryRun });
      setReport(answer.report);
      setCordisInfo(answer.cordis ?? null);
      if (dryRun) setChecked(answer);
      else if (answer.jobId) setJobId(answer.jobId);
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : undefined;
      setError((e as Error).message);
      setReport(problem?.report ?? null);
      setCordisInfo(problem?.cordis ?? null);
    }
  };

  const percent = job && job.progress.total ? Math.round((100 * job.progress.done) / job.progress.total) : 0;
  return (
    <div className="import-view">
      <h2>Import</h2>
      <label>
        API token <input type="password" value={token} onChange={(e) => setToken(e.target.value)} aria-label="API token" />
      </label>
      <fieldset>
        <label>
          <input type="radio" checked={!cordis} onChange={() => (setCordis(false), reset([]))} /> Spreadsheets (CSV or JSON, one file per label or relationship type)
        </label>
        <label>
          <input type="radio" checked={cordis} onChange={() => (setCordis(true), reset([]))} /> CORDIS projects archives (FP7, H2020, Horizon Europe: the zip files as downloaded, or
          their organization.csv and project.csv)
        </label>
      </fieldset>
      {cordis && (
        <p data-testid="import-cordis-help">
          Download the archives from the EU Open Data Portal or CORDIS (datasets “CORDIS – EU research projects under FP7 / Horizon 2020 / Horizon Europe”):{' '}
          {CORDIS_ARCHIVES.join(', ')}. Drop one or several; each organisation becomes one actor whatever the programme, placed in its NUTS 2021 region.
        </p>
      )}
      <div className="dropzone" data-testid="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        Drop files here, or <input type="file" multiple accept={cordis ? '.zip,.csv' : '.csv,.json'} aria-label="Choose files" onChange={(e) => reset(Array.from(e.target.files ?? []))} />
        {files.length > 0 && <p>{files.map((f) => f.name).join(', ')}</p>}
      </div>
      <button disabled={!files.length || busy} onClick={() => void send(true)}>
        Check (dry run)
      </button>{' '}
      <button disabled={!checked?.report.ok || busy || job?.status === 'running'} onClick={() => void send(false)}>
        Import
      </button>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {report && <ReportTable report={report} />}
      {cordisInfo && <CordisNotes cordis={cordisInfo} />}
      {job && (
        <section data-testid="import-job">
          <progress max={100} value={percent} aria-label="Import progress" /> {percent} %{job.progress.file ? ` (${job.progress.file})` : ''}
          {job.status === 'failed' && <div role="alert">{job.error}</div>}
          {job.summary && (
            <table data-testid="import-summary">
              <caption>
                Imported {job.summary.rows} rows in {(job.summary.ms / 1000).toFixed(1)} s ({job.summary.rowsPerSecond} rows/s)
              </caption>
              <thead>
                <tr>
                  <th>Label or type</th>
                  <th>Created</th>
                  <th>Updated</th>
                  <th>Unchanged</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(job.summary.written).map(([what, o]) => (
                  <tr key={what}>
                    <td>{what}</td>
                    <td>{o.created}</td>
                    <td>{o.updated}</td>
                    <td>{o.unchanged}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <section>
        <h3>Templates</h3>
        <p>One file per label or relationship type; lists go in one cell separated by ";". See docs/import-format.md.</p>
        {TEMPLATES.map((t) => (
          <a key={t} href={`/api/import/templates/${t}.csv`} download>
            {t}.csv{' '}
          </a>
        ))}
      </section>
    </div>
  );
}

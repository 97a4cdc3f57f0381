import { useEffect, useState, type DragEvent } from 'react';
import { CORDIS_ARCHIVES, type CordisInfo, type ImportAnswer, type ImportJob, type ImportReport as Report, type ImportTemplates } from '../../api/client.ts';
import { ApiError } from '../../api/fetch.ts';
import { useGraphChanged, useImportJob, useTemplates, useUpload } from '../../api/import.ts';
import { localeOf, useT, type Translator } from '../../i18n/index.ts';
import { Card, Choice, ErrorState, Field, Loading, Table, type Column } from '../../ui/index.ts';
import './import.css';

// Bring your own data: drop files, see the dry-run report, then import with a progress bar and
// a summary of what was created, updated and left unchanged.

type Problem = Report['problems'][number];
type Written = [string, { created: number; updated: number; unchanged: number }];

function ReportCard({ report, tr }: { report: Report; tr: Translator }) {
  const { t, count } = tr;
  const columns: Column<Problem>[] = [
    { key: 'file', head: t('importColFile'), cell: (p) => p.file },
    { key: 'row', head: t('importColRow'), cell: (p) => p.row ?? '', numeric: true },
    { key: 'column', head: t('importColColumn'), cell: (p) => p.column ?? '' },
    { key: 'value', head: t('importColValue'), cell: (p) => (p.value === undefined ? '' : String(p.value)) },
    { key: 'message', head: t('importColProblem'), cell: (p) => p.message },
  ];
  return (
    <Card testId="import-report" className={report.ok ? 'import-ok' : 'import-bad'} title={report.ok ? t('importReady', { rows: count('rows', report.rows), files: count('files', report.files.length) }) : t('importHasProblems', { problems: count('problems', report.problemCount) })}>
      <ul className="import-files">
        {report.files.map((f) => (
          <li key={f.file}>{t('importFileLine', { file: f.file, rows: count('rows', f.rows), target: f.target })}</li>
        ))}
      </ul>
      {report.problems.length > 0 && <Table className="problems" columns={columns} rows={report.problems} rowKey={(_, i) => String(i)} />}
    </Card>
  );
}

type Template = ImportTemplates['templates'][number];

/** Every file the server reads (GET /api/import/templates): its template to download, what it holds and its columns. */
function TemplatesCard({ tr }: { tr: Translator }) {
  const { t } = tr;
  const templates = useTemplates();
  const columns: Column<Template>[] = [
    {
      key: 'file',
      head: t('importColFile'),
      cell: (f) => (
        <a href={`/api/import/templates/${f.file}`} download>
          {f.file}
        </a>
      ),
    },
    { key: 'holds', head: t('importColHolds'), cell: (f) => <code>{f.holds}</code> },
    {
      key: 'columns',
      head: t('importColColumns'),
      cell: (f) => (
        <span className="template-columns">
          {f.columns.map((c) => (c.required ? <strong key={c.name}>{c.name}</strong> : <span key={c.name}>{c.name}</span>))}
        </span>
      ),
    },
  ];
  return (
    <Card title={t('importTemplates')} testId="import-templates">
      <p className="import-help">{t('importTemplatesHelp')}</p>
      {templates.error ? (
        <ErrorState inline error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.data ? (
        <Table className="templates" columns={columns} rows={templates.data.templates} rowKey={(f) => f.file} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function CordisNotes({ cordis, tr }: { cordis: CordisInfo; tr: Translator }) {
  const { t, count, num } = tr;
  const s = cordis.stats;
  return (
    <Card testId="import-cordis" title="CORDIS">
      {cordis.inputs && (
        <ul data-testid="import-cordis-inputs">
          {cordis.inputs.map((i) => (
            <li key={i.input}>
              {t('importCordisInput', { input: i.input, programmes: i.programmes.join(', ').toUpperCase(), files: i.files.map((f) => t('importCordisFile', { file: f.file, rows: count('rows', f.rows) })).join(', ') })}
              {i.contentFrom ? t('importCordisUpdated', { from: i.contentFrom, to: i.contentTo ?? '' }) : ''}
              {i.unusedTables.length > 0 ? t('importCordisUnused', { tables: i.unusedTables.join(', ') }) : ''}
            </li>
          ))}
        </ul>
      )}
      <p>
        {t('importCordisCounts', {
          organisations: num(s.organisations ?? 0),
          projects: num(s.projects ?? 0),
          participations: num(s.participations ?? 0),
          pairs: num(s.pairs ?? 0),
          max: num(s.maxConsortium ?? 0),
          overCap: num(s.projectsOverCap ?? 0),
          leftOut: num((s.pairsWithoutCap ?? 0) - (s.pairs ?? 0)),
          sameAs: num(s.sameAs ?? 0),
        })}
      </p>
      <p>
        {t('importCordisPlaces', {
          placed: num(s.placedInNuts ?? 0),
          old: num(s.oldNutsCodes ?? 0),
          list: cordis.oldNutsCodes?.length ? ` (${cordis.oldNutsCodes.slice(0, 10).join(', ')})` : '',
          persons: num(s.naturalPersonParticipations ?? 0),
        })}
      </p>
      {cordis.review.length > 0 && (
        <>
          <h3>{t('importReview')}</h3>
          <ul data-testid="import-review">
            {cordis.review.map((m) => (
              <li key={`${m.from}|${m.to}`}>{t('importReviewItem', { fromName: m.fromName, from: m.from, toName: m.toName, to: m.to, score: m.score, reason: m.reason })}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function JobCard({ job, tr }: { job: Pick<ImportJob, 'status' | 'progress' | 'summary' | 'error'>; tr: Translator }) {
  const { t, count, lang } = tr;
  const percent = job.progress.total ? Math.round((100 * job.progress.done) / job.progress.total) : 0;
  const columns: Column<Written>[] = [
    { key: 'what', head: t('importColWhat'), cell: ([what]) => what },
    { key: 'created', head: t('importColCreated'), cell: ([, o]) => o.created, numeric: true },
    { key: 'updated', head: t('importColUpdated'), cell: ([, o]) => o.updated, numeric: true },
    { key: 'unchanged', head: t('importColUnchanged'), cell: ([, o]) => o.unchanged, numeric: true },
  ];
  const summary = job.summary;
  return (
    <Card testId="import-job">
      <div className="import-progress">
        <progress max={100} value={percent} aria-label={t('importProgress')} /> <span>{percent} %</span>
        {job.progress.file && <span className="import-file">{job.progress.file}</span>}
      </div>
      {job.status === 'failed' && <ErrorState inline error={{ status: 500, title: 'Import failed', detail: job.error ?? undefined }} />}
      {summary && (
        <Table
          testId="import-summary"
          caption={t('importImported', { rows: count('rows', summary.rows), seconds: (summary.ms / 1000).toLocaleString(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }), speed: summary.rowsPerSecond })}
          columns={columns}
          rows={Object.entries(summary.written)}
          rowKey={([what]) => what}
        />
      )}
    </Card>
  );
}

export function ImportView() {
  const tr = useT();
  const { t, count } = tr;
  const [token, setToken] = useState('');
  const [cordis, setCordis] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [cordisInfo, setCordisInfo] = useState<CordisInfo | null>(null);
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [over, setOver] = useState(false);
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
    if (polled.error) setError(polled.error);
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
    setOver(false);
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
      setError(e as Error);
      setReport(problem?.report ?? null);
      setCordisInfo(problem?.cordis ?? null);
    }
  };

  return (
    <div className="import-view">
      <div className="import-page">
        <header className="import-head">
          <h2>{t('importTitle')}</h2>
          <p>{t('importIntro')}</p>
        </header>
        <Card>
          <div className="import-form">
            <Choice
              label={t('importKind')}
              name="import-kind"
              value={cordis ? 'cordis' : 'sheets'}
              options={[
                { value: 'sheets', label: t('importSheets') },
                { value: 'cordis', label: t('importCordis') },
              ]}
              onChange={(v) => (setCordis(v === 'cordis'), reset([]))}
            />
            <Field label={t('importToken')} hint={t('importTokenHint')}>
              <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
            </Field>
          </div>
          <p className="import-help" data-testid={cordis ? 'import-cordis-help' : undefined}>
            {cordis ? t('importCordisHelp', { archives: CORDIS_ARCHIVES.join(', ') }) : t('importSheetsHelp')}
          </p>
          <div
            className={`dropzone${over ? ' over' : ''}`}
            data-testid="dropzone"
            onDragOver={(e) => (e.preventDefault(), setOver(true))}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
          >
            <span>{t('importDrop')}</span>
            <label className="ui-button">
              <input className="visually-hidden" type="file" multiple accept={cordis ? '.zip,.csv' : '.csv,.json'} aria-label={t('importChoose')} onChange={(e) => reset(Array.from(e.target.files ?? []))} />
              {t('importChoose')}
            </label>
            <p className="import-chosen">{files.length > 0 ? t('importChosen', { files: files.map((f) => f.name).join(', ') }) : t('importNone')}</p>
            {files.length > 0 && (
              <button type="button" onClick={() => reset([])}>
                {t('importClear')}
              </button>
            )}
          </div>
          <div className="import-actions">
            <button type="button" disabled={!files.length || busy} onClick={() => void send(true)}>
              {t('importCheck')}
            </button>
            <button type="button" className="primary" disabled={!checked?.report.ok || busy || job?.status === 'running'} onClick={() => void send(false)}>
              {t('importRun')}
            </button>
            {busy && (
              <span role="status">
                <span className="spinner" aria-hidden="true" /> {t('importChecking')}
              </span>
            )}
          </div>
        </Card>
        {error && (
          <ErrorState inline error={error} testId="import-error">
            {report && !report.ok && <p className="import-count">{t('importHasProblems', { problems: count('problems', report.problemCount) })}</p>}
          </ErrorState>
        )}
        {report && <ReportCard report={report} tr={tr} />}
        {cordisInfo && <CordisNotes cordis={cordisInfo} tr={tr} />}
        {job && <JobCard job={job} tr={tr} />}
        <TemplatesCard tr={tr} />
      </div>
    </div>
  );
}

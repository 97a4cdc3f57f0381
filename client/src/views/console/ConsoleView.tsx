import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { z } from 'zod';
import type { ConsoleSchema, Example, Problem, SavedQuery } from '../../api/client.ts';
import { useConsoleExamples, useConsoleSchema, useDeleteSavedQuery, useRunQuery, useSavedQueries, useSaveQuery } from '../../api/console.ts';
import { ApiError } from '../../api/fetch.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { download } from '../../export/download.ts';
import { useT, type Translator } from '../../i18n/index.ts';
import { text, useViewParams } from '../../router.ts';
import { ResultTable } from './ResultTable.tsx';
import { loadHistory, loadLocalSaved, remember, storeLocalSaved, TOKEN, type HistoryEntry } from './storage.ts';
import { rowsToCsv } from './values.ts';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import './console.css';

type Tab = 'table' | 'graph' | 'json';

const ConsoleParams = z.object({ q: text(), params: text() });

const problemOf = (e: Error): Problem => (e instanceof ApiError ? e.problem : { status: 0, title: e.message });

/** The editor's schema: the live labels, types, keys, and the procedures and functions the server allows. */
function editorSchema(s: ConsoleSchema) {
  return {
    labels: s.labels.map((l) => `:${l}`),
    relationshipTypes: s.relationshipTypes.map((t) => `:${t}`),
    propertyKeys: s.propertyKeys,
    procedures: s.procedures.map((p) => ({ name: p.name, signature: p.signature, returnItems: [] })),
    functions: s.functions.map((f) => ({ name: f.name, signature: f.signature })),
  };
}

function ErrorPanel({ problem, query, t }: { problem: Problem; query: string; t: Translator['t'] }) {
  const pos = problem.position;
  const line = pos ? (query.split('\n')[pos.line - 1] ?? '') : '';
  return (
    <div className="error console-error" role="alert" data-testid="console-error">
      <strong>{problem.title}</strong>
      {problem.code && <code className="console-code"> {problem.code}</code>}
      {problem.rule && (
        <code className="console-code">
          {' '}
          {t('consoleRule')}: {problem.rule}
        </code>
      )}
      <p>{(problem.detail ?? '').split('\n')[0]}</p>
      {pos && (
        <pre className="console-position" data-testid="console-position" aria-label={t('consolePosition', pos)}>
          {`${t('consolePosition', pos)}\n${line}\n${' '.repeat(Math.max(0, pos.column - 1))}^`}
        </pre>
      )}
    </div>
  );
}

export function ConsoleView() {
  const { t, count, lang } = useT();
  const inLang = (ex: Example) => (lang === 'nl' ? ex.nl : ex);
  const [url, setUrl] = useViewParams(ConsoleParams);
  const [query, setQuery] = useState(() => url.q ?? 'MATCH (a:Actor)-[r:COLLABORATES_WITH]-(b:Actor)\nRETURN a, r, b\nLIMIT 25');
  const [paramsText, setParamsText] = useState(() => url.params ?? '{}');
  const runner = useRunQuery();
  const answer = runner.data ?? null;
  // Parameters that are not JSON never reach the server.
  const [badParams, setBadParams] = useState<Problem | null>(null);
  const problem = badParams ?? (runner.error ? problemOf(runner.error) : null);
  const [ran, setRan] = useState('');
  const running = runner.isPending;
  const [tab, setTab] = useState<Tab>('table');
  const schemaAnswer = useConsoleSchema();
  const schema = useMemo(() => (schemaAnswer.data ? editorSchema(schemaAnswer.data) : undefined), [schemaAnswer.data]);
  const examples = useConsoleExamples().data ?? [];
  const [history, setHistory] = useState<HistoryEntry[]>(loadHistory);
  const savedAnswer = useSavedQueries();
  const writable = savedAnswer.data?.writable ?? false;
  const [localSaved, setLocalSaved] = useState<SavedQuery[]>(loadLocalSaved);
  const saved = writable ? (savedAnswer.data?.items ?? []) : localSaved;
  const saver = useSaveQuery();
  const deleter = useDeleteSavedQuery();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN) ?? '');
  const [saveForm, setSaveForm] = useState<{ title: string; description: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async (text: string, paramsJson: string) => {
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(paramsJson || '{}') as Record<string, unknown>;
        if (!params || typeof params !== 'object' || Array.isArray(params)) throw new Error('not an object');
      } catch (e) {
        runner.reset();
        setBadParams({ status: 400, title: t('consoleParamsBad'), detail: t('consoleParamsHow', { error: (e as Error).message }) });
        return;
      }
      setBadParams(null);
      setRan(text);
      setHistory(remember(text, paramsJson));
      setUrl({ q: text, params: paramsJson === '{}' ? undefined : paramsJson });
      runner.reset();
      await runner.mutateAsync({ query: text, params }).catch(() => undefined); // the error shows through runner.error
    },
    [setUrl, runner, t],
  );

  // The editor keeps its own keymap; catching Ctrl/Cmd+Enter before it reaches the editor keeps
  // CodeMirror from also inserting a line.
  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void run(query, paramsText);
    }
  };

  const pick = (text: string, params = '{}', runNow = false) => {
    setQuery(text);
    setParamsText(params);
    if (runNow) void run(text, params);
  };

  const saveQuery = async () => {
    if (!saveForm?.title.trim()) return;
    let params: Record<string, unknown> = {};
    try {
      params = JSON.parse(paramsText || '{}') as Record<string, unknown>;
    } catch {
      /* saved without parameters */
    }
    const item = { title: saveForm.title.trim(), description: saveForm.description.trim(), query, params };
    if (writable) {
      sessionStorage.setItem(TOKEN, token);
      try {
        await saver.mutateAsync({ item, token });
      } catch (e) {
        return setNotice((e as Error).message);
      }
    } else {
      storeLocalSaved([{ ...item, id: crypto.randomUUID(), createdAt: new Date().toISOString() }, ...loadLocalSaved()]);
      setLocalSaved(loadLocalSaved());
    }
    setSaveForm(null);
    setNotice(t('consoleSavedOne', { title: item.title }));
  };

  const deleteSaved = async (item: SavedQuery) => {
    if (writable) {
      try {
        await deleter.mutateAsync({ id: item.id, token });
      } catch (e) {
        return setNotice((e as Error).message);
      }
    } else {
      storeLocalSaved(loadLocalSaved().filter((s) => s.id !== item.id));
      setLocalSaved(loadLocalSaved());
    }
  };

  const timing = useMemo(() => {
    if (!answer) return '';
    const s = answer.summary;
    return t('consoleTiming', { rows: count('rows', s.rows), nodes: count('nodes', s.nodes), edges: count('relationships', s.edges), planMs: s.planMs, runMs: s.runMs });
  }, [answer, t, count]);

  return (
    <div className="console">
      <aside className="console-side">
        <h2>{t('consoleExamples')}</h2>
        <ul className="console-list" data-testid="console-examples">
          {examples.map((ex) => (
            <li key={ex.name}>
              <button type="button" className="link" title={inLang(ex).description} onClick={() => pick(ex.query)}>
                {inLang(ex).title}
              </button>
              <button type="button" className="run-one" aria-label={t('consoleRunOne', { title: inLang(ex).title })} onClick={() => pick(ex.query, '{}', true)}>
                ▶
              </button>
            </li>
          ))}
        </ul>
        <h2>{t('consoleSaved')}</h2>
        <p className="console-note">
          {writable ? t('consoleSavedInNeo4j') : t('consoleSavedLocally')}
        </p>
        <ul className="console-list" data-testid="console-saved">
          {saved.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" title={s.description} onClick={() => pick(s.query, JSON.stringify(s.params))}>
                {s.title}
              </button>
              <button type="button" className="run-one" aria-label={t('consoleDeleteOne', { title: s.title })} onClick={() => void deleteSaved(s)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <h2>{t('consoleHistory')}</h2>
        <ul className="console-list console-history" data-testid="console-history">
          {history.map((h) => (
            <li key={h.at + h.query}>
              <button type="button" className="link" title={h.at} onClick={() => pick(h.query, h.params)}>
                {h.query.split('\n')[0]}
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="console-main">
        <div className="console-editor" onKeyDownCapture={onKeyDownCapture} data-testid="console-editor">
          <CypherEditor value={query} onValueChanged={(v: string) => setQuery(v)} schema={schema} autofocus lineWrapping />
        </div>
        <div className="console-controls">
          <button type="button" onClick={() => void run(query, paramsText)} disabled={running}>
            {running ? t('consoleRunning') : t('consoleRun')}
          </button>
          <label className="console-params">
            {t('consoleParams')}
            <textarea value={paramsText} onChange={(e) => setParamsText(e.target.value)} rows={2} spellCheck={false} aria-label={t('consoleParams')} />
          </label>
          <button type="button" onClick={() => setSaveForm({ title: '', description: '' })}>
            {t('consoleSave')}
          </button>
        </div>
        {saveForm && (
          <form
            className="console-save"
            onSubmit={(e) => {
              e.preventDefault();
              void saveQuery();
            }}
          >
            <input placeholder={t('consoleTitle')} aria-label={t('consoleTitle')} value={saveForm.title} onChange={(e) => setSaveForm({ ...saveForm, title: e.target.value })} required maxLength={200} />
            <input placeholder={t('consoleDescription')} aria-label={t('consoleDescription')} value={saveForm.description} onChange={(e) => setSaveForm({ ...saveForm, description: e.target.value })} maxLength={2000} />
            {writable && <input placeholder={t('consoleToken')} aria-label={t('consoleToken')} type="password" value={token} onChange={(e) => setToken(e.target.value)} />}
            <button type="submit">{t('consoleSaveNow')}</button>
            <button type="button" onClick={() => setSaveForm(null)}>
              {t('consoleCancel')}
            </button>
          </form>
        )}
        {notice && (
          <p className="console-note" role="status">
            {notice}
          </p>
        )}
        {problem && <ErrorPanel problem={problem} query={ran || query} t={t} />}
        {answer && (
          <div className="console-result">
            <div className="console-result-bar">
              <div role="tablist">
                {(['table', 'graph', 'json'] as Tab[]).map((name) => (
                  <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
                    {t(({ table: 'consoleTable', graph: 'consoleGraph', json: 'consoleJson' } as const)[name])}
                  </button>
                ))}
              </div>
              <span className="summary" data-testid="console-summary">
                {timing}
              </span>
              <button type="button" onClick={() => download('console-result.csv', rowsToCsv(answer.columns, answer.rows), 'text/csv')}>
                {t('consoleCsv')}
              </button>
              <button type="button" onClick={() => download('console-result.json', JSON.stringify({ columns: answer.columns, rows: answer.rows }, null, 2), 'application/json')}>
                {t('consoleJsonFile')}
              </button>
            </div>
            {answer.summary.truncated && (
              <p className="console-note console-truncated" role="status">
                {answer.summary.truncated.message}
              </p>
            )}
            {tab === 'table' &&
              (answer.rows.length ? (
                <ResultTable columns={answer.columns} rows={answer.rows} />
              ) : (
                <p className="empty" data-testid="console-no-rows">
                  {t('consoleNoRows')}
                </p>
              ))}
            {tab === 'graph' &&
              (answer.elements.nodes.length ? (
                <div className="console-graph">
                  <GraphCanvas elements={answer.elements} />
                </div>
              ) : (
                <p className="empty">{t('consoleNothingToDraw')}</p>
              ))}
            {tab === 'json' && (
              <pre className="console-json" data-testid="console-json">
                {JSON.stringify(answer.rows, null, 2)}
              </pre>
            )}
          </div>
        )}
      </section>
    </div>
  );
}

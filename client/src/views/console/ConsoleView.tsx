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
import { EmptyState, ErrorState, Field, Panel } from '../../ui/index.ts';
import { ResultTable } from './ResultTable.tsx';
import { loadHistory, loadLocalSaved, remember, storeLocalSaved, TOKEN, type HistoryEntry } from './storage.ts';
import { rowsToCsv } from './values.ts';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import './console.css';

type Tab = 'table' | 'graph' | 'json';

const ConsoleParams = z.object({ q: text(), params: text() });

/** The title of the problem the console makes itself when the parameters are not JSON (ui/explain.ts words it). */
const PARAMS_NOT_JSON = 'Parameters are not a JSON object';

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

/** A failed query in plain words, with the spot in the query marked when Neo4j or the guard named one. */
function QueryError({ problem, query, t }: { problem: Problem; query: string; t: Translator['t'] }) {
  const pos = problem.position;
  const line = pos ? (query.split('\n')[pos.line - 1] ?? '') : '';
  return (
    <ErrorState inline error={problem} testId="console-error">
      {pos && (
        <pre className="console-position" data-testid="console-position" aria-label={t('consolePosition', pos)}>
          {`${t('consolePosition', pos)}\n${line}\n${' '.repeat(Math.max(0, pos.column - 1))}^`}
        </pre>
      )}
    </ErrorState>
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
  // Saving or deleting a query failed (a wrong token, say).
  const [failure, setFailure] = useState<Error | null>(null);

  // The editor's text area names itself for screen readers; CodeMirror gives it no label of its own.
  const editorLabel = t('consoleEditor');
  const labelEditor = useCallback(
    (el: HTMLDivElement | null) => {
      const label = () => el?.querySelector('.cm-content')?.setAttribute('aria-label', editorLabel);
      label();
      if (!el) return;
      const observer = new MutationObserver(label);
      observer.observe(el, { childList: true });
      return () => observer.disconnect();
    },
    [editorLabel],
  );

  const run = useCallback(
    async (text: string, paramsJson: string) => {
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(paramsJson || '{}') as Record<string, unknown>;
        if (!params || typeof params !== 'object' || Array.isArray(params)) throw new Error('not an object');
      } catch (e) {
        runner.reset();
        setBadParams({ status: 400, title: PARAMS_NOT_JSON, detail: (e as Error).message });
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
        return setFailure(e as Error);
      }
    } else {
      storeLocalSaved([{ ...item, id: crypto.randomUUID(), createdAt: new Date().toISOString() }, ...loadLocalSaved()]);
      setLocalSaved(loadLocalSaved());
    }
    setSaveForm(null);
    setFailure(null);
    setNotice(t('consoleSavedOne', { title: item.title }));
  };

  const deleteSaved = async (item: SavedQuery) => {
    if (writable) {
      try {
        await deleter.mutateAsync({ id: item.id, token });
      } catch (e) {
        return setFailure(e as Error);
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
      <Panel side="left" title={t('consoleLibrary')} label={t('consoleLibrary')} className="console-side">
        <h3>{t('consoleExamples')}</h3>
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
        <h3>{t('consoleSaved')}</h3>
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
        <h3>{t('consoleHistory')}</h3>
        <ul className="console-list console-history" data-testid="console-history">
          {history.map((h) => (
            <li key={h.at + h.query}>
              <button type="button" className="link" title={h.at} onClick={() => pick(h.query, h.params)}>
                {h.query.split('\n')[0]}
              </button>
            </li>
          ))}
        </ul>
      </Panel>
      <section className="console-main">
        <div className="console-editor" onKeyDownCapture={onKeyDownCapture} data-testid="console-editor" ref={labelEditor}>
          <CypherEditor value={query} onValueChanged={(v: string) => setQuery(v)} schema={schema} autofocus lineWrapping />
        </div>
        <div className="console-controls">
          <button type="button" className="primary" onClick={() => void run(query, paramsText)} disabled={running}>
            {running ? t('consoleRunning') : t('consoleRun')}
          </button>
          <div className="console-params">
            <Field label={t('consoleParams')}>
              <textarea value={paramsText} onChange={(e) => setParamsText(e.target.value)} rows={2} spellCheck={false} />
            </Field>
          </div>
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
            <Field label={t('consoleTitle')}>
              <input type="text" value={saveForm.title} onChange={(e) => setSaveForm({ ...saveForm, title: e.target.value })} required maxLength={200} />
            </Field>
            <Field label={t('consoleDescription')}>
              <input type="text" value={saveForm.description} onChange={(e) => setSaveForm({ ...saveForm, description: e.target.value })} maxLength={2000} />
            </Field>
            {writable && (
              <Field label={t('consoleToken')}>
                <input type="password" value={token} onChange={(e) => setToken(e.target.value)} />
              </Field>
            )}
            <button type="submit" className="primary">
              {t('consoleSaveNow')}
            </button>
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
        {failure && <ErrorState inline error={failure} testId="console-save-error" />}
        {problem && <QueryError problem={problem} query={ran || query} t={t} />}
        {answer && (
          <div className="console-result">
            <div className="console-result-bar">
              <div role="tablist" aria-label={t('consoleResultAs')} className="console-tabs">
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
                {t(answer.summary.truncated.by === 'rows' ? 'consoleCutRows' : 'consoleCutBytes', { rows: count('rows', answer.rows.length) })}
              </p>
            )}
            {tab === 'table' &&
              (answer.rows.length ? (
                <ResultTable columns={answer.columns} rows={answer.rows} />
              ) : (
                <EmptyState testId="console-no-rows">{t('consoleNoRows')}</EmptyState>
              ))}
            {tab === 'graph' &&
              (answer.elements.nodes.length ? (
                <div className="console-graph">
                  <GraphCanvas elements={answer.elements} />
                </div>
              ) : (
                <EmptyState>{t('consoleNothingToDraw')}</EmptyState>
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

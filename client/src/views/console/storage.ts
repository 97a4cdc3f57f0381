// What the console keeps in the browser: the last 100 queries run, and saved queries when the
// server accepts no writes.

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
}

const HISTORY = 'helix.console.history';
const SAVED = 'helix.console.saved';
export const TOKEN = 'helix.apiToken';
export const HISTORY_SIZE = 100;

function read<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}

export const loadHistory = (): HistoryEntry[] => read<HistoryEntry[]>(HISTORY, []);

export function remember(query: string, params: string): HistoryEntry[] {
  const entries = [{ query, params, at: new Date().toISOString() }, ...loadHistory().filter((e) => e.query !== query || e.params !== params)].slice(0, HISTORY_SIZE);
  localStorage.setItem(HISTORY, JSON.stringify(entries));
  return entries;
}

export interface LocalSaved {
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
  createdAt: string;
}

export const loadLocalSaved = (): LocalSaved[] => read<LocalSaved[]>(SAVED, []);

export function storeLocalSaved(items: LocalSaved[]): void {
  localStorage.setItem(SAVED, JSON.stringify(items));
}

import { Component, type ReactNode } from 'react';
import { ErrorState } from '../ui/index.ts';

// A view (or a part of the shell: the period bar, the whole app as a last resort) that throws while
// drawing says so where it would have been, in the reader's language, with a way to draw it again;
// the header, the navigation and the other views keep working instead of the whole page going
// blank. The app keys it by route, so another view starts afresh. The
// titles are worded by ui/explain.ts.

interface State {
  error?: Error;
}

/** What fails: a view (or the app) gets a box where it was, the period bar one in the header. */
type Part = 'view' | 'period';
const TITLE: Record<Part, string> = { view: 'View failed', period: 'Period bar failed' };

export class ViewBoundary extends Component<{ children: ReactNode; part?: Part }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const part = this.props.part ?? 'view';
    return <ErrorState error={{ status: -1, title: TITLE[part], detail: error.message }} onRetry={() => this.setState({ error: undefined })} testId={`${part}-error`} />;
  }
}

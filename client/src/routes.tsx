import type { ComponentType } from 'react';
import { ExplorerView } from './views/explorer/ExplorerView.tsx';

/** The views of the app: each is a route; its state lives in the query string. */
export interface Route {
  path: string;
  title: string;
  component: ComponentType;
}

export const ROUTES: Route[] = [{ path: '/', title: 'Explorer', component: ExplorerView }];

import type { ComponentType } from 'react';
import { CompareView } from './views/compare/CompareView.tsx';
import { ConsoleView } from './views/console/ConsoleView.tsx';
import type { Key } from './i18n/index.ts';
import { CrossSectorView } from './views/cross-sector/CrossSectorView.tsx';
import { ExplorerView } from './views/explorer/ExplorerView.tsx';
import { ImportView } from './views/import/ImportView.tsx';
import { MapView } from './views/map/MapView.tsx';
import { PartnersView } from './views/partners/PartnersView.tsx';
import { PathsView } from './views/paths/PathsView.tsx';
import { ReportView } from './views/report/ReportView.tsx';
import { SectorProfileView } from './views/sector/SectorProfileView.tsx';
import { TripleHelixView } from './views/triple-helix/TripleHelixView.tsx';

/** The views of the app: each is a route; its state lives in the query string. */
export interface Route {
  path: string;
  title: string;
  /** The title in the interface language (client/src/i18n); `title` where there is none. */
  titleKey?: Key;
  component: ComponentType;
  /** false for a view the period does not change (the console's own queries, imports): no period bar. */
  period?: false;
}

export const ROUTES: Route[] = [
  { path: '/', title: 'Explorer', titleKey: 'viewExplorer', component: ExplorerView },
  { path: '/triple-helix', title: 'Triple helix', titleKey: 'viewTripleHelix', component: TripleHelixView },
  { path: '/compare', title: 'Compare', titleKey: 'viewCompare', component: CompareView },
  { path: '/cross-sector', title: 'Cross-sector', titleKey: 'viewCrossSector', component: CrossSectorView },
  { path: '/paths', title: 'Paths', titleKey: 'viewPaths', component: PathsView },
  { path: '/partners', title: 'Partners', titleKey: 'viewPartners', component: PartnersView },
  { path: '/sectors', title: 'Sector profile', titleKey: 'viewSector', component: SectorProfileView },
  { path: '/map', title: 'Map', titleKey: 'viewMap', component: MapView },
  { path: '/report', title: 'Report', titleKey: 'viewReport', component: ReportView },
  { path: '/console', title: 'Console', titleKey: 'viewConsole', component: ConsoleView, period: false },
  { path: '/import', title: 'Import', titleKey: 'viewImport', component: ImportView, period: false },
];

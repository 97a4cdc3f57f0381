import type cytoscape from 'cytoscape';
import type { ReactNode } from 'react';
import type { GraphElements } from '../api/client.ts';
import { LAYOUTS, type LayoutName } from '../canvas/layouts.ts';
import { useT } from '../i18n/index.ts';
import { ExportMenu } from '../shell/ExportMenu.tsx';
import { Field, Toolbar } from '../ui/index.ts';
import { SIZE_METRICS, type SizeMetric } from './metrics.ts';
import { LAYOUT_WORDS, METRIC_WORDS } from './toolbar-words.ts';

export interface SceneToolbarProps {
  /** Counts and notes at the start of the bar. */
  status: ReactNode;
  layout: LayoutName;
  sizeBy: SizeMetric;
  webgl: boolean;
  onLayout: (layout: string) => void;
  onSizeBy: (metric: string) => void;
  onWebgl: (on: boolean) => void;
  cy: cytoscape.Core | null;
  scene: GraphElements;
  name: string;
  title: string;
}

/** The scene's controls on the design system: layout, node size, renderer and export, every option in the interface language. */
export function SceneToolbar({ status, layout, sizeBy, webgl, onLayout, onSizeBy, onWebgl, cy, scene, name, title }: SceneToolbarProps) {
  const { t } = useT();
  return (
    <Toolbar label={t('sceneTools')} className="scene-toolbar">
      {status}
      <span className="ui-spacer" />
      <Field label={t('layout')} inline>
        <select value={layout} onChange={(e) => onLayout(e.target.value)} data-testid="layout">
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(LAYOUT_WORDS[l])}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('sizeBy')} inline>
        <select value={sizeBy} onChange={(e) => onSizeBy(e.target.value)} data-testid="size-by">
          {SIZE_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(METRIC_WORDS[m])}
            </option>
          ))}
        </select>
      </Field>
      <label className="ui-check" title={t('webglHint')}>
        <input type="checkbox" checked={webgl} onChange={(e) => onWebgl(e.target.checked)} /> {t('webgl')}
      </label>
      <ExportMenu cy={cy} scene={scene} name={name} title={title} />
    </Toolbar>
  );
}

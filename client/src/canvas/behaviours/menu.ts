import type cytoscape from 'cytoscape';
import type { Translator } from '../../i18n/index.ts';
import { runAction } from '../actions.ts';
import { defineBehaviour } from './behaviour.ts';

// The context menu of a node (right-click or long-press). Its labels are fixed when it is built,
// so the canvas builds it again when the interface language changes.

export interface MenuOptions {
  t: Translator['t'];
  pathsTo?: (id: string) => void;
}

export function menuCommands(cy: cytoscape.Core, { t, pathsTo }: MenuOptions): cytoscape.CxtMenuCommand[] {
  return [
    { content: t('expand'), select: (n) => void runAction(cy, 'expand', n.id()) },
    { content: t('hide'), select: (n) => runAction(cy, 'hide', n.union(cy.$('node:selected'))) },
    {
      content: `${t('pin')} / ${t('unpin')}`,
      select: (ele) => {
        const n = ele as cytoscape.NodeSingular;
        if (n.locked()) n.unlock().removeClass('pinned');
        else n.lock().addClass('pinned');
      },
    },
    { content: t('pathsTo'), select: (n) => pathsTo?.(n.id()) },
    { content: t('onlyNeighbours'), select: (n) => runAction(cy, 'hide', cy.nodes().difference((n as cytoscape.NodeSingular).closedNeighborhood().nodes())) },
  ];
}

export const menu = defineBehaviour<MenuOptions>({
  name: 'menu',
  install(cy, options) {
    const m = cy.cxtmenu({ selector: 'node', menuRadius: 90, commands: menuCommands(cy, options) });
    return () => m.destroy();
  },
});

import type cytoscape from 'cytoscape';
import type { Translator } from '../../i18n/index.ts';
import { runAction } from '../actions.ts';
import { defineBehaviour } from './behaviour.ts';

// The context menu of a node: a right-click (or a long press) asks the canvas to open it at the
// node, where it stays open until a command is chosen, Escape is pressed or the focus leaves it.
// Its commands are labelled in the language they are built in.

export interface MenuOptions {
  t: Translator['t'];
  pathsTo?: (id: string) => void;
}

export interface MenuOpenOptions {
  /** Opens the menu of a node at a point of the canvas (pixels from its top left corner). */
  onOpen: (id: string, at: { x: number; y: number }) => void;
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

export const menu = defineBehaviour<MenuOpenOptions>({
  name: 'menu',
  install(cy, { onOpen }) {
    const open = (e: cytoscape.EventObject) => {
      const n = e.target as cytoscape.NodeSingular;
      onOpen(n.id(), e.renderedPosition ?? n.renderedPosition());
    };
    cy.on('cxttap taphold', 'node', open);
    return () => void cy.off('cxttap taphold', 'node', open);
  },
});

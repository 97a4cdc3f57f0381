import type cytoscape from 'cytoscape';
import { defineBehaviour } from './behaviour.ts';

// Moving through the canvas without a mouse: the canvas element takes focus (Tab), the arrow keys
// move a focus ring to the nearest visible node in that direction, Enter selects it (as a tap
// does), the ContextMenu key or Shift+F10 opens its context menu, and Escape drops the ring.

export type Direction = 'left' | 'right' | 'up' | 'down';
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface Point {
  id: string;
  x: number;
  y: number;
}

/**
 * The nearest point from `from` in a direction: within a 45° cone either side of it, distance
 * along the direction counted once and sideways drift twice, so the node straight ahead wins.
 */
export function nextInDirection(from: Point, points: readonly Point[], direction: Direction): Point | null {
  let best: Point | null = null;
  let bestCost = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const side = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0 || side > ahead) continue;
    const cost = ahead + 2 * side;
    if (cost < bestCost) {
      bestCost = cost;
      best = p;
    }
  }
  return best;
}

export interface NavigateOptions {
  /** The focusable element around the canvas. */
  element: HTMLElement;
  onSelect: (id: string) => void;
  /** Opens the node's context menu at its place on the canvas. */
  onMenu?: (id: string, at: { x: number; y: number }) => void;
  /** Said to screen readers when the focus moves: the node's label. */
  announce?: (text: string) => void;
}

export const navigate = defineBehaviour<NavigateOptions>({
  name: 'navigate',
  install(cy, { element, onSelect, onMenu, announce }) {
    element.tabIndex = 0;
    const focused = () => cy.$('node.kbd-focus').first();
    const focus = (n: cytoscape.NodeSingular) => {
      cy.$('node.kbd-focus').removeClass('kbd-focus');
      n.addClass('kbd-focus');
      announce?.(String(n.data('label') ?? n.id()));
      const box = cy.extent();
      const p = n.position();
      if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) cy.animate({ center: { eles: n } }, { duration: 150 });
    };
    const onKey = (e: KeyboardEvent) => {
      if (cy.destroyed() || e.defaultPrevented) return;
      const visible = cy.nodes(':visible');
      if (visible.empty()) return;
      const current = focused();
      const direction = ARROWS[e.key];
      if (direction) {
        const selected = cy.$('node:selected').first();
        const start = (current.nonempty() ? current : selected.nonempty() ? selected : visible.max((n) => n.degree(false)).ele) as cytoscape.NodeSingular;
        if (current.empty()) focus(start);
        else {
          const points = visible.map((n) => ({ id: n.id(), ...n.position() }));
          const next = nextInDirection({ id: start.id(), ...start.position() }, points, direction);
          if (next) focus(cy.getElementById(next.id) as cytoscape.NodeSingular);
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (current.empty()) return;
        onSelect(current.id());
      } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        const n = current.nonempty() ? current : cy.$('node:selected').first();
        if (n.empty() || !onMenu) return;
        onMenu(n.id(), (n as cytoscape.NodeSingular).renderedPosition());
      } else if (e.key === 'Escape') {
        cy.$('node.kbd-focus').removeClass('kbd-focus');
      } else return;
      e.preventDefault();
    };
    const onBlur = () => void (!cy.destroyed() && cy.$('node.kbd-focus').removeClass('kbd-focus'));
    element.addEventListener('keydown', onKey);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('blur', onBlur);
    };
  },
});

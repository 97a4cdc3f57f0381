import type cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Translator } from '../i18n/index.ts';
import { menuCommands } from './behaviours/menu.ts';

export interface MenuAt {
  id: string;
  x: number;
  y: number;
}

/** A node's context menu as a list of buttons: it stays open, takes the keyboard focus, and closes on a choice, Escape or leaving it. */
export function NodeMenu({ cy, at, t, pathsTo, onClose }: { cy: cytoscape.Core; at: MenuAt; t: Translator['t']; pathsTo?: (id: string) => void; onClose: (refocus: boolean) => void }) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [at]);
  const node = cy.getElementById(at.id);
  if (node.empty()) return null;
  const commands = menuCommands(cy, { t, pathsTo });
  const move = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll('button') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onClose(true);
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <ul
      ref={ref}
      role="menu"
      aria-label={String(node.data('label') ?? at.id)}
      className="node-menu"
      data-testid="node-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={move}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      {commands.map((c, i) => (
        <li key={i} role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              onClose(true);
              c.select(node);
            }}
          >
            {c.content}
          </button>
        </li>
      ))}
    </ul>
  );
}

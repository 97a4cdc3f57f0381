import type cytoscape from 'cytoscape';
import { runAction } from '../actions.ts';
import { defineBehaviour } from './behaviour.ts';

// Keyboard shortcuts of the canvas: Ctrl/Cmd+Z undo, Ctrl/Cmd+Y or Ctrl/Cmd+Shift+Z redo, Delete
// or Backspace hide the selection. Keys typed where text is edited (inputs, text areas, selects,
// contenteditable elements such as CodeMirror's editor) belong to that element, never the canvas.

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .cm-editor';

export function isEditable(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable === true || el.closest(EDITABLE) !== null;
}

export function onCanvasKey(cy: cytoscape.Core, e: KeyboardEvent): void {
  if (cy.destroyed() || e.defaultPrevented || e.isComposing || isEditable(e.target)) return;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z' && !e.shiftKey) runAction(cy, 'undo');
  else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) runAction(cy, 'redo');
  else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) runAction(cy, 'hide', cy.$('node:selected'));
  else return;
  e.preventDefault();
}

export interface KeysOptions {
  /** Where key presses are heard (the window). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export const keys = defineBehaviour<KeysOptions>({
  name: 'keys',
  install(cy, { target = window } = {}) {
    const listener = (e: KeyboardEvent) => onCanvasKey(cy, e);
    target.addEventListener('keydown', listener as EventListener);
    return () => target.removeEventListener('keydown', listener as EventListener);
  },
});

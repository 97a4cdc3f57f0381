// @vitest-environment jsdom
import type cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../client/src/canvas/actions.ts';
import { applyCamera } from '../../../client/src/canvas/behaviours/camera.ts';
import { installBehaviour as install, type BehaviourName, type OptionsOf } from '../../../client/src/canvas/behaviours/index.ts';
import { isEditable } from '../../../client/src/canvas/behaviours/keys.ts';
import { LABEL_PX, labelPx, placeLabels } from '../../../client/src/canvas/behaviours/labels.ts';
import { packIsolated } from '../../../client/src/canvas/layouts.ts';
import { menuCommands } from '../../../client/src/canvas/behaviours/menu.ts';
import { createCore, expandedOf } from '../../../client/src/canvas/core.ts';
import { translator } from '../../../client/src/i18n/index.ts';
import { scene } from './fixtures.ts';

// Each behaviour of the canvas on its own, over a headless Cytoscape with the fixture scene.

const neighbourhood = {
  nodes: [{ data: { id: 'Actor:imec', label: 'imec', type: 'Actor', helix: 'academia' as const } }],
  edges: [{ data: { id: 'e9', source: 'Actor:imec', target: 'Actor:vito', type: 'COLLABORATES_WITH' } }],
};
const counts = (cy: cytoscape.Core) => [cy.nodes().length, cy.edges().length];
const cys: cytoscape.Core[] = [];
const installed: (() => void)[] = [];
function installBehaviour<N extends BehaviourName>(cy: cytoscape.Core, name: N, options: OptionsOf<N>): () => void {
  const off = install(cy, name, options);
  installed.push(off);
  return off;
}
const core = () => {
  const cy = createCore(undefined, scene);
  cys.push(cy);
  return cy;
};
afterEach(() => {
  for (const off of installed.splice(0)) off();
  for (const cy of cys.splice(0)) cy.destroy();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('history (undo and redo)', () => {
  it('adds a neighbourhood and hides elements undoably, saying what can be undone', () => {
    const cy = core();
    const states: { undo: boolean; redo: boolean }[] = [];
    installBehaviour(cy, 'history', { onChange: (s) => states.push(s) });
    runAction(cy, 'add', 'Actor:vito', neighbourhood);
    expect(counts(cy)).toEqual([8, 7]);
    expect(expandedOf(cy)).toEqual(['Actor:vito']);
    runAction(cy, 'hide', cy.getElementById('Actor:basf'));
    expect(counts(cy)).toEqual([7, 3]); // BASF and its four links
    runAction(cy, 'undo');
    runAction(cy, 'undo');
    expect(counts(cy)).toEqual([7, 6]);
    expect(expandedOf(cy)).toEqual([]);
    runAction(cy, 'redo');
    expect(counts(cy)).toEqual([8, 7]);
    expect(states.at(-1)).toEqual({ undo: true, redo: true });
  });

  it('leaves no action behind once uninstalled', () => {
    const cy = core();
    const off = installBehaviour(cy, 'history', { onChange: () => {} });
    off();
    runAction(cy, 'hide', cy.getElementById('Actor:basf'));
    expect(counts(cy)).toEqual([7, 6]);
  });
});

describe('expand', () => {
  it('adds the neighbourhood a double-click asks for', async () => {
    const cy = core();
    installBehaviour(cy, 'history', { onChange: () => {} });
    const asked: string[] = [];
    const expanded = new Promise<string>((resolve) =>
      installBehaviour(cy, 'expand', {
        load: (id) => (asked.push(id), Promise.resolve(neighbourhood)),
        onError: () => {},
        onExpanded: resolve,
      }),
    );
    cy.getElementById('Actor:vito').emit('dbltap');
    expect(await expanded).toBe('Actor:vito');
    expect(asked).toEqual(['Actor:vito']);
    expect(cy.getElementById('Actor:imec').nonempty()).toBe(true);
  });

  it('says why when asking fails, and leaves the scene as it was', async () => {
    const cy = core();
    const states: unknown[] = [];
    installBehaviour(cy, 'history', { onChange: (s) => states.push(s) });
    const failed = new Promise<[string, string]>((resolve) =>
      installBehaviour(cy, 'expand', { load: () => Promise.reject(new Error('Neo4j cannot be reached')), onError: (e, id) => resolve([e.message, id]) }),
    );
    await runAction(cy, 'expand', 'Actor:vito');
    expect(await failed).toEqual(['Neo4j cannot be reached', 'Actor:vito']);
    expect(counts(cy)).toEqual([7, 6]);
    expect(expandedOf(cy)).toEqual([]);
    expect(states).toEqual([]); // nothing to undo
  });
});

describe('keys', () => {
  const press = (target: EventTarget, key: string, mods: KeyboardEventInit = {}) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }));
  const setup = () => {
    const cy = core();
    installBehaviour(cy, 'history', { onChange: () => {} });
    installBehaviour(cy, 'keys', {});
    cy.getElementById('Actor:basf').select();
    return cy;
  };

  it('hides the selection with Backspace and undoes with Ctrl+Z when typed outside any editor', () => {
    const cy = setup();
    press(document.body, 'Backspace');
    expect(cy.getElementById('Actor:basf').empty()).toBe(true);
    press(document.body, 'z', { ctrlKey: true });
    expect(cy.getElementById('Actor:basf').nonempty()).toBe(true);
  });

  it('leaves keys typed in inputs, text areas, selects, contenteditable and CodeMirror to them', () => {
    const cy = setup();
    document.body.innerHTML = `<input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable="true"><p id="ce">x</p></div>
      <div class="cm-editor"><div class="cm-content" contenteditable="true"><div class="cm-line" id="cm">MATCH</div></div></div>`;
    for (const id of ['i', 't', 's', 'ce', 'cm']) {
      press(document.getElementById(id)!, 'Backspace');
      press(document.getElementById(id)!, 'Delete');
    }
    expect(cy.getElementById('Actor:basf').nonempty()).toBe(true);
    press(document.body, 'Delete');
    expect(cy.getElementById('Actor:basf').empty()).toBe(true);
    press(document.getElementById('cm')!, 'z', { ctrlKey: true });
    expect(cy.getElementById('Actor:basf').empty()).toBe(true); // Ctrl+Z in the editor undid nothing on the canvas
    expect(isEditable(document.getElementById('cm'))).toBe(true);
    expect(isEditable(document.body)).toBe(false);
  });

  it('stops listening once uninstalled', () => {
    const cy = core();
    installBehaviour(cy, 'history', { onChange: () => {} });
    installBehaviour(cy, 'keys', {})();
    cy.getElementById('Actor:basf').select();
    press(document.body, 'Delete');
    expect(cy.getElementById('Actor:basf').nonempty()).toBe(true);
  });
});

describe('context menu', () => {
  it('is labelled in the language it is built in, and its commands run the canvas actions', () => {
    const cy = core();
    installBehaviour(cy, 'history', { onChange: () => {} });
    expect(menuCommands(cy, { t: translator('en').t }).map((c) => c.content)).toEqual(['Expand', 'Hide', 'Pin / Unpin', expect.any(String), expect.any(String)]);
    const nl = menuCommands(cy, { t: translator('nl').t });
    expect(nl[0]!.content).toBe('Uitvouwen');
    nl[4]!.select(cy.getElementById('Actor:catalisti')); // only this and its neighbours
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['Actor:catalisti', 'Sector:chemistry']);
  });
});

describe('tooltip', () => {
  it('shows a node’s name, kind and links in the language of the moment, and hides when the camera moves', () => {
    const cy = core();
    const tips: ({ lines: string[] } | null)[] = [];
    let t = translator('en').t;
    installBehaviour(cy, 'tooltip', { show: (tip) => tips.push(tip), t: () => t });
    cy.getElementById('Actor:basf').emit('mouseover');
    expect(tips.at(-1)!.lines).toEqual(['BASF Antwerpen', 'Actor · industry · company', '4 links']);
    t = translator('nl').t;
    cy.getElementById('Sector:chemistry').emit('mouseover');
    expect(tips.at(-1)!.lines).toEqual(['Chemie & life sciences', 'Chemistry & life sciences', 'Sector', '3 verbindingen']);
    cy.zoom(2);
    expect(tips.at(-1)).toBeNull();
  });
});

describe('camera and labels', () => {
  it('reports the camera once it rests, and restores one from a link', () => {
    vi.useFakeTimers();
    const cy = core();
    const reported: string[] = [];
    installBehaviour(cy, 'camera', { onCamera: (c) => reported.push(c) });
    cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    cy.viewport({ zoom: 1.5, pan: { x: 30, y: 40 } });
    vi.advanceTimersByTime(500);
    expect(reported).toEqual(['1.500,30,40']);
    expect(applyCamera(cy, '0.750,-5,6')).toBe(true);
    expect([cy.zoom(), cy.pan()]).toEqual([0.75, { x: -5, y: 6 }]);
    expect(applyCamera(cy, 'far,away')).toBe(false);
  });

  it('keeps label text between its bounds on screen however far the camera zooms', () => {
    expect(labelPx(0.05)).toBe(LABEL_PX.min);
    expect(labelPx(40)).toBe(LABEL_PX.max);
    expect(labelPx(1.2)).toBeGreaterThan(LABEL_PX.min);
    expect(labelPx(1.2)).toBeLessThan(LABEL_PX.max);
  });

  it('labels a partner suggestion\u2019s asker before a better-linked node whose label would cover it, above itself when its place below is taken', () => {
    // The evidence of a suggestion: the asker (one link) beside a topic with many; their labels would overlap.
    const cy = createCore(undefined, {
      nodes: [
        { data: { id: 'Actor:asker', label: 'Asking organisation', type: 'Actor', helix: 'industry', role: 'asker' } },
        { data: { id: 'Sector:topic', label: 'A well-linked topic', type: 'Sector' } },
        ...[1, 2, 3, 4].map((i) => ({ data: { id: `Actor:p${i}`, label: '', type: 'Actor', helix: 'academia' as const } })),
      ],
      edges: [
        { data: { id: 'a1', source: 'Actor:asker', target: 'Actor:p1', type: 'COLLABORATES_WITH' } },
        ...[1, 2, 3, 4].map((i) => ({ data: { id: `t${i}`, source: `Actor:p${i}`, target: 'Sector:topic', type: 'ACTIVE_IN' } })),
      ],
    });
    cys.push(cy);
    vi.spyOn(cy, 'width').mockReturnValue(800);
    vi.spyOn(cy, 'height').mockReturnValue(600);
    cy.nodes().forEach((n, i) => void n.position({ x: 300 + i * 120, y: 300 }));
    cy.getElementById('Actor:asker').position({ x: 300, y: 300 });
    cy.getElementById('Sector:topic').position({ x: 330, y: 300 });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    placeLabels(cy);
    expect(cy.getElementById('Actor:asker').hasClass('labelled')).toBe(true);
    expect(cy.getElementById('Sector:topic').hasClass('labelled')).toBe(false);
    expect(cy.getElementById('Actor:asker').style('text-valign')).toBe('bottom');
    // A node just below the asker takes its label's place: the asker's label goes above it.
    cy.getElementById('Actor:p1').position({ x: 300, y: 322 });
    placeLabels(cy);
    expect(cy.getElementById('Actor:asker').hasClass('labelled')).toBe(true);
    expect(cy.getElementById('Actor:asker').style('text-valign')).toBe('top');
    // Not right below another node either, which the label would seem to name: then none.
    cy.getElementById('Actor:p2').position({ x: 300, y: 262 });
    placeLabels(cy);
    expect(cy.getElementById('Actor:asker').hasClass('labelled')).toBe(false);
    cy.getElementById('Actor:p2').position({ x: 660, y: 300 });
    // Without a role the better-linked node wins the place, and nothing goes above.
    cy.getElementById('Actor:p1').position({ x: 540, y: 300 });
    cy.getElementById('Actor:asker').removeData('role');
    placeLabels(cy);
    expect(cy.getElementById('Sector:topic').hasClass('labelled')).toBe(true);
    expect(cy.getElementById('Actor:asker').hasClass('labelled')).toBe(false);
    expect(cy.getElementById('Actor:asker').style('text-valign')).toBe('bottom');
  });

  it('packs nodes without links into a grid below the connected part', () => {
    const cy = createCore(undefined, { nodes: [...scene.nodes, { data: { id: 'Actor:alone', label: 'Alone', type: 'Actor', helix: 'industry' } }, { data: { id: 'Region:island', label: 'Island', type: 'Region' } }], edges: scene.edges });
    cys.push(cy);
    expect(packIsolated(cy.nodes())).toBe(true);
    const connected = cy.nodes().filter((n) => n.degree(false) > 0).boundingBox({});
    const isolated = cy.nodes().filter((n) => n.degree(false) === 0).nodes();
    expect(isolated.length).toBe(2);
    isolated.forEach((n) => expect(n.position().y).toBeGreaterThan(connected.y2));
    // side by side in one row, not on top of each other
    expect(new Set(isolated.map((n) => n.position().x)).size).toBe(2);
    // a scene where every node has a link has nothing to pack
    const linked = core();
    const before = linked.nodes().map((n) => ({ ...n.position() }));
    expect(packIsolated(linked.nodes())).toBe(false);
    expect(linked.nodes().map((n) => n.position())).toEqual(before);
  });
});

describe('select', () => {
  it('selects a tapped node or link and clears on the background', () => {
    const cy = core();
    const picked: [string | null, string][] = [];
    installBehaviour(cy, 'select', { onSelect: (id, kind) => picked.push([id, kind]) });
    cy.getElementById('Actor:vito').emit('tap');
    cy.getElementById('e1').emit('tap');
    cy.emit('tap');
    expect(picked).toEqual([
      ['Actor:vito', 'node'],
      ['e1', 'edge'],
      [null, 'node'],
    ]);
  });
});

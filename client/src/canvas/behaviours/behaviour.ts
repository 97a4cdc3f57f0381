import type cytoscape from 'cytoscape';

/** A piece of canvas behaviour: installed on a Cytoscape instance, it returns its own uninstall. */
export interface Behaviour<Options> {
  name: string;
  install(cy: cytoscape.Core, options: Options): () => void;
}

export const defineBehaviour = <Options>(b: Behaviour<Options>) => b;

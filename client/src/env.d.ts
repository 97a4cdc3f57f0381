/// <reference types="vite/client" />
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-cxtmenu' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-undo-redo' {
  const ext: cytoscape.Ext;
  export default ext;
}

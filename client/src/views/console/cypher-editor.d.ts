// The package's "exports" map hides its own type declarations from TypeScript; point at them.
declare module '@neo4j-cypher/react-codemirror' {
  export { default as CypherEditor } from '@neo4j-cypher/react-codemirror/src/CypherEditor.d.ts';
}

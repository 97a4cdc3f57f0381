export { COMPONENTS, DEFAULT_WEIGHTS, weightsSchema, type ComponentName, type Weights } from '../../contract/index.ts';

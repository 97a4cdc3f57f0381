// cose-base (fcose's force-directed engine) ships no types; the layout worker bounds its iterations.
declare module 'cose-base' {
  interface CoSELayoutInstance {
    maxIterations: number;
    maxCoolingCycle: number;
  }
  const coseBase: {
    CoSELayout: { prototype: { initSpringEmbedder(this: CoSELayoutInstance): void } };
  };
  export default coseBase;
}

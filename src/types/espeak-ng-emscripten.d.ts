// The package ships no types; the espeak adapter describes what it uses.
declare module '@echogarden/espeak-ng-emscripten' {
  const factory: () => Promise<unknown>;
  export default factory;
}

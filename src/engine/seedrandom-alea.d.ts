// The engine imports seedrandom's Alea generator from its own file, so bundles leave out the six
// other generators of the package's index; @types/seedrandom declares only that index.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';
  const alea: seedrandom['alea'];
  export = alea;
}

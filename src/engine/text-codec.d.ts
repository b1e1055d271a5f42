// TextEncoder and TextDecoder exist in every runtime the engine targets (Node and browsers) but
// are declared only by the DOM and Node type libraries, which the headless engine leaves out on
// purpose. Declare just what it uses.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/**
 * The few web-standard globals shared/ may use. They exist in every runtime Waymark
 * runs in (Node >= 18, browsers, workers), but shared/ compiles without the DOM or Node
 * libs, so they are declared here, narrowly, instead of pulling a whole lib in.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

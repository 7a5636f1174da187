/**
 * The only host APIs the core uses. They exist in Node, browsers and workers alike, but live in
 * the DOM lib, which the core must not see (tsconfig.core.json): declared here, minimally.
 */
declare class TextDecoder {
	constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
	decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
	encode(input?: string): Uint8Array;
}

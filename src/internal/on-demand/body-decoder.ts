/**
 * The decoding of an answer's bytes (a byte-order mark, the XML declaration, the HTTP charset,
 * legacy encodings), loaded on the first answer that is not plain JSON (see README.md): JSON is
 * decoded by the browser as it arrives. Not public API.
 */
import type * as decodeBody from '../../data/decode-body.js';

export type BodyDecoderModule = typeof decodeBody;

export const loadBodyDecoder = (): Promise<BodyDecoderModule> => import('../../data/decode-body.js');

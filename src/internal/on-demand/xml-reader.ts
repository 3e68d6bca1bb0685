/** The RSS and Atom reader, loaded on the first XML answer (see README.md). Not public API. */
import type * as xmlFeed from '../../data/adapters/xml-feed.js';

export type XmlReaderModule = typeof xmlFeed;

export const loadXmlReader = (): Promise<XmlReaderModule> => import('../../data/adapters/xml-feed.js');

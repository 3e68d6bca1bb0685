/**
 * `import 'csto-widgets'`: registers every element (each tag once, however often this runs) and
 * exports the classes and the API.
 */
import './components/news-feed/define.js';
import './components/event-card/define.js';
import './components/member-states-badge/define.js';

export * from './classes.js';
export { version } from './version.js';

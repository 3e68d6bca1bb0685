// The ES modules as a bundler-less developer page loads them (through the dev server).
import '../../src/index.js';
import '../../src/components/member-states-badge/define.js';

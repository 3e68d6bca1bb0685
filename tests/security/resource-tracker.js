/**
 * Counts the timers and the window/document listeners that the library's own code (a `/src/`
 * frame in the stack) has alive. Import it before anything else, so every later module sees the
 * wrapped functions. Plain JavaScript, loaded by the browser as it is.
 */
const live = { timers: new Map(), listeners: new Map() };

const fromLibrary = () => /\/src\//.test(new Error().stack ?? '');

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);

window.setTimeout = (handler, ms, ...args) => {
  const id = nativeSetTimeout(
    (...callArgs) => {
      live.timers.delete(id);
      return typeof handler === 'function' ? handler(...callArgs) : undefined;
    },
    ms,
    ...args,
  );
  if (fromLibrary()) live.timers.set(id, new Error().stack);
  return id;
};
window.clearTimeout = (id) => {
  live.timers.delete(id);
  nativeClearTimeout(id);
};
window.setInterval = (handler, ms, ...args) => {
  const id = nativeSetInterval(handler, ms, ...args);
  if (fromLibrary()) live.timers.set(id, new Error().stack);
  return id;
};
window.clearInterval = (id) => {
  live.timers.delete(id);
  nativeClearInterval(id);
};

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;
const listenerKey = (target, type, listener, options) => [
  target === window ? 'window' : 'document',
  type,
  listener,
  typeof options === 'boolean' ? options : Boolean(options?.capture),
];
const keys = new Map(); // string id of a key -> listener identity is kept in the key array itself

function sameKey(a, b) {
  return a.every((part, i) => part === b[i]);
}

EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
  if ((this === window || this === document) && listener && fromLibrary()) {
    const key = listenerKey(this, type, listener, options);
    if (![...live.listeners.keys()].some((known) => sameKey(known, key))) {
      live.listeners.set(key, new Error().stack);
      // A `once` listener, or one removed through an AbortSignal, goes without removeEventListener.
      if (typeof options === 'object' && (options.once || options.signal)) keys.set(key, true);
    }
  }
  return nativeAdd.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
  if (this === window || this === document) {
    const key = listenerKey(this, type, listener, options);
    for (const known of live.listeners.keys()) if (sameKey(known, key)) live.listeners.delete(known);
  }
  return nativeRemove.call(this, type, listener, options);
};

/** How many library timers and window/document listeners are alive, and where they were made. */
export function liveResources() {
  return {
    timers: live.timers.size,
    listeners: [...live.listeners.keys()].filter((key) => !keys.has(key)).length,
    where: [...live.timers.values(), ...live.listeners.values()].map((stack) =>
      stack.split('\n').slice(2, 5).join(' | '),
    ),
  };
}

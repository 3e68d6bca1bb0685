/** English, the `errors` section: what went wrong with an endpoint, by the contract's error kinds (every element). */
export default {
  network: 'The newsroom could not be reached. Check the connection and try again.',
  http: 'The newsroom answered with an error (HTTP {status}).',
  timeout: 'The newsroom took too long to answer.',
  parse: 'The newsroom sent something that is not a news feed.',
  format: 'The news feed holds no release that can be shown.',
  cors: 'This site is not yet allowed to show the newsroom’s feed.',
} as const;

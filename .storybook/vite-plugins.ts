import type { Plugin } from 'vite';

/**
 * Lit's production build in the dev server too. Storybook's preset adds Vite's
 * `development|production` export condition, which picks Lit's development build outside
 * `storybook build`, and every story page (and every story test) then logs "Lit is in dev mode".
 */
export function litProductionBuild(): Plugin {
  const dropDevelopment = (conditions: string[] | undefined): void => {
    if (!conditions) return;
    for (let index = conditions.length - 1; index >= 0; index--) {
      if (conditions[index] === 'development|production' || conditions[index] === 'development') {
        conditions.splice(index, 1);
      }
    }
  };
  return {
    name: 'csto:lit-production-build',
    enforce: 'post',
    configResolved(config) {
      dropDevelopment(config.resolve.conditions);
      for (const environment of Object.values(config.environments)) dropDevelopment(environment.resolve.conditions);
    },
  };
}

/** The path under which the dev server answers nothing, until the reader's browser gives up. */
export const PENDING_PATH = '/pending/';

/**
 * A real slow endpoint for the loading stories, in `npm run storybook` and in the story tests:
 * a request under `PENDING_PATH` stays open until the element aborts it (its story is left).
 * A static build has no server; there the stories hold the request in the page (stories/support.ts).
 */
export function pendingEndpoint(): Plugin {
  return {
    name: 'csto:pending-endpoint',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(PENDING_PATH)) return next();
        request.on('close', () => response.destroy());
      });
    },
  };
}

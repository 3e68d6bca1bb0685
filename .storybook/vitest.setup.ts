/**
 * Visual snapshots of every story: after a story has rendered and its play function has passed,
 * its frame (the `.csto-story` wrapper of preview.ts) is compared with the reference image in
 * `stories/__screenshots__/`. A change of look fails the story test; `npm run test:stories:update`
 * takes the new look as the reference once it has been reviewed.
 */
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

afterEach(async ({ task }) => {
  const { storyId } = task.meta as { storyId?: string };
  // A story that already failed says why; its picture would only add noise.
  if (!storyId || task.result?.errors?.length) return;
  const frame = document.querySelector<HTMLElement>('.csto-story');
  if (!frame) throw new Error(`${storyId} rendered outside the .csto-story frame of preview.ts`);
  await document.fonts.ready;
  await expect.element(page.elementLocator(frame)).toMatchScreenshot(storyId);
});

import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((holder) => holder.remove()));

/**
 * A plain wrapper rendered by hand: fixture() waits for an animation frame for elements that are
 * not Lit's. Resolves once the csto elements inside have rendered; removed after the test.
 */
export async function mount(template: TemplateResult): Promise<HTMLElement> {
  const holder = document.createElement('div');
  mounted.push(holder);
  document.body.append(holder);
  render(template, holder);
  const wrapper = holder.firstElementChild as HTMLElement;
  const elements = [...wrapper.querySelectorAll('news-feed, event-card, member-states-badge')];
  await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return wrapper;
}

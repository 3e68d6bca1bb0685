import { css } from 'lit';

/** The toolbar of `controls` and its "nothing matches" state; loaded with the toolbar. */
export const feedToolbarStyles = css`
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: var(--_gap);
  }
  .filter {
    display: grid;
    gap: 0.2rem;
    font-size: 0.875em;
  }
  .filter.search {
    flex: 1 1 14rem;
  }
  :is([part~='search'], [part~='filter']) {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 1rem;
  }
  :is([part~='search'], [part~='filter']):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part~='count'],
  .older {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .older {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='no-match'] {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }
  [part~='no-match'] p {
    margin: 0;
  }
`;

import { svg, type SVGTemplateResult } from 'lit/html.js';

/**
 * The coordinate box every flag is drawn in: 3:2, so a row of flags lines up even though the real
 * flags range from 1:2 to 2:3. Use it on the `<svg>` that wraps `flagSvg`.
 */
export const FLAG_VIEW_BOX = '0 0 30 20';

// Simplified but recognisable: official colours and stripe proportions, emblems reduced to a few
// shapes. Stripes are painted over a full background so fractional edges leave no seam. No ids,
// gradients or patterns, so any number of flags can share a page without their ids colliding.
const FLAGS = new Map<string, SVGTemplateResult>([
  [
    'AM',
    svg`<rect width="30" height="20" fill="#F2A800"/><rect width="30" height="13.34" fill="#0033A0"/><rect width="30" height="6.67" fill="#D90012"/>`,
  ],
  [
    'BY',
    // The hoist band of the national ornament becomes a column of red lozenges on white.
    svg`<rect width="30" height="20" fill="#4AA657"/><rect width="30" height="13.34" fill="#C8313E"/><rect width="3.3" height="20" fill="#fff"/><path fill="#C8313E" d="M1.65.4l1.1 1.6-1.1 1.6-1.1-1.6zm0 4l1.1 1.6-1.1 1.6-1.1-1.6zm0 4l1.1 1.6-1.1 1.6-1.1-1.6zm0 4l1.1 1.6-1.1 1.6-1.1-1.6zm0 4l1.1 1.6-1.1 1.6-1.1-1.6z"/>`,
  ],
  [
    'KZ',
    // Sun with a dashed ring for its rays, a steppe eagle as one wing arc, the ornament as a dashed bar.
    svg`<rect width="30" height="20" fill="#00AFCA"/><g fill="#FEC50C"><circle cx="16" cy="8" r="3"/><path d="M10.5 13.6q5.5-3.4 11 0q-5.5-1.6-11 0z"/></g><g fill="none" stroke="#FEC50C"><circle cx="16" cy="8" r="4.4" stroke-width="1.2" stroke-dasharray=".5 .37"/><path d="M2.6 1v18" stroke-width="1.4" stroke-dasharray="1.4 .6"/></g>`,
  ],
  [
    'KG',
    // Sun of 40 rays (dashed ring) around a disc holding the red tunduk with its crossed laths.
    svg`<rect width="30" height="20" fill="#E8112D"/><circle cx="15" cy="10" r="5.4" fill="none" stroke="#FFEF00" stroke-width="2.2" stroke-dasharray=".45 .4"/><circle cx="15" cy="10" r="3.6" fill="#FFEF00"/><circle cx="15" cy="10" r="2.7" fill="#E8112D"/><path d="M12.6 9.1q2.4-.9 4.8 0M12.6 10.9q2.4.9 4.8 0M14.1 7.6q-.9 2.4 0 4.8M15.9 7.6q.9 2.4 0 4.8" fill="none" stroke="#FFEF00" stroke-width=".5"/>`,
  ],
  [
    'RU',
    svg`<rect width="30" height="20" fill="#D52B1E"/><rect width="30" height="13.34" fill="#0039A6"/><rect width="30" height="6.67" fill="#fff"/>`,
  ],
  [
    'TJ',
    // Red 2 : white 3 : green 2, with the crown under an arc of seven stars (as dots).
    svg`<rect width="30" height="20" fill="#060"/><rect width="30" height="14.29" fill="#fff"/><rect width="30" height="5.71" fill="#C00"/><g fill="#F8C300"><path d="M13.3 12.2h3.4l.5-2.4-1.2 1-1-1.6-1 1.6-1.2-1z"/><circle cx="11.7" cy="9.3" r=".45"/><circle cx="12.5" cy="8.2" r=".45"/><circle cx="13.7" cy="7.5" r=".45"/><circle cx="15" cy="7.2" r=".45"/><circle cx="16.3" cy="7.5" r=".45"/><circle cx="17.5" cy="8.2" r=".45"/><circle cx="18.3" cy="9.3" r=".45"/></g>`,
  ],
]);

/**
 * The built-in flag of a member state (ISO 3166-1 alpha-2, any case) as SVG content for an
 * `<svg viewBox=${FLAG_VIEW_BOX}>`, or `undefined` when there is none, so the caller shows the code.
 */
export function flagSvg(code: string): SVGTemplateResult | undefined {
  return FLAGS.get(code.trim().toUpperCase());
}

/**
 * The chronique icon: a time axis with an event and two claims.
 */
import { LabIcon } from '@jupyterlab/ui-components';

const svgstr = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <g class="jp-icon3" fill="#616161">
    <rect x="2" y="18" width="20" height="2" rx="1"/>
    <rect x="6" y="15" width="2" height="6" rx="1"/>
    <rect x="16" y="15" width="2" height="6" rx="1"/>
    <path d="M7 4l4 7H3z"/>
    <circle cx="17" cy="7" r="3.2"/>
    <circle cx="12" cy="13" r="2"/>
  </g>
</svg>`;

export const timelineIcon = new LabIcon({ name: 'chronique:timeline', svgstr });

/** The picture of the launcher card (a data URL: nothing is fetched). */
const cardSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="52" height="52" viewBox="0 0 52 52">
  <rect x="3" y="40" width="46" height="2.5" rx="1.2" fill="#555"/>
  <rect x="12" y="37" width="1.5" height="8" fill="#555"/>
  <rect x="25" y="37" width="1.5" height="8" fill="#555"/>
  <rect x="38" y="37" width="1.5" height="8" fill="#555"/>
  <line x1="33" y1="6" x2="33" y2="38" stroke="#333" stroke-width="1.5" stroke-dasharray="3 2"/>
  <circle cx="13" cy="12" r="6" fill="#7b1f1f"/>
  <rect x="21" y="20" width="9" height="9" fill="#4c78a8" stroke="#223" stroke-width="1"/>
  <path d="M41 8l6 6-6 6-6-6z" fill="#f58518" stroke="#223" stroke-width="1"/>
  <circle cx="43" cy="30" r="5" fill="none" stroke="#d62728" stroke-width="2"/>
  <circle cx="43" cy="30" r="2.2" fill="#e45756"/>
</svg>`;

export const cardIconUrl = `data:image/svg+xml;base64,${btoa(cardSvg)}`;

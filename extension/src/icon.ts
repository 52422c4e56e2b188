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

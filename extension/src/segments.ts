/**
 * The article cut into pieces at every highlight boundary.
 *
 * Each piece says which time expression, claims, events and issues cover it,
 * so the view can mark it without ever parsing the article as HTML.
 */
import type { IBundle, IHighlight } from './bundle';

export interface IPiece {
  start: number;
  end: number;
  /** The innermost time expression covering the piece, if any. */
  timex: IHighlight | null;
  /** The claims covering the piece, widest first. */
  claims: IHighlight[];
  /** The event triggers covering the piece. */
  events: IHighlight[];
  /** True when a date the text gets wrong (an issue, a flagged expression) covers the piece. */
  flagged: boolean;
  /** The labels of every highlight covering the piece (for the tooltip), without repeats. */
  labels: string[];
}

const SHOWN = new Set(['timex', 'claim', 'event', 'issue']);

/**
 * Cut `bundle.text` at the boundaries of its time expressions, claims, event
 * triggers and issues.  Linear in the text plus the highlights times the
 * highlights active at once (a handful in news text).
 */
export function segments(bundle: IBundle): IPiece[] {
  const n = bundle.text.length;
  const spans = bundle.highlights.filter(h => SHOWN.has(h.kind) && h.start < h.end && h.end <= n);
  const cutSet = new Set<number>([0, n]);
  const starts = new Map<number, IHighlight[]>();
  for (const h of spans) {
    cutSet.add(h.start);
    cutSet.add(h.end);
    const at = starts.get(h.start);
    if (at) {
      at.push(h);
    } else {
      starts.set(h.start, [h]);
    }
  }
  const cuts = [...cutSet].sort((a, b) => a - b);
  const pieces: IPiece[] = [];
  let active: IHighlight[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const lo = cuts[k];
    const hi = cuts[k + 1];
    active = active.filter(h => h.end > lo).concat(starts.get(lo) ?? []);
    // widest first, so the last time expression is the innermost one
    const inner = [...active].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const timexes = inner.filter(h => h.kind === 'timex');
    const labels: string[] = [];
    for (const h of inner) {
      if (h.label && !labels.includes(h.label)) {
        labels.push(h.label);
      }
    }
    pieces.push({
      start: lo,
      end: hi,
      timex: timexes.length ? timexes[timexes.length - 1] : null,
      claims: inner.filter(h => h.kind === 'claim'),
      events: inner.filter(h => h.kind === 'event'),
      flagged: inner.some(h => h.kind === 'issue' || (h.kind === 'timex' && h.flagged === true)),
      labels
    });
  }
  return pieces;
}

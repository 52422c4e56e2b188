/**
 * The timeline view: the escalation chart (Vega-Lite, drawn by the bundled
 * vega-embed), the claims table filterable by speaker, and the article with
 * its highlights.
 *
 * Every piece of article text, every label and every name goes into the page
 * as a DOM text node (`textContent`), never as HTML.
 */
import type { IBundle, IClaim, IHighlight, IOverride } from './bundle';
import { type IPiece, segments } from './segments';

/** The background of each type of time expression (as the notebook widget draws them). */
export const TYPE_COLOURS: Record<string, string> = {
  DATE: '#fff1b8',
  TIME: '#d3efcf',
  DURATION: '#e4dcf7',
  SET: '#d4ebf7'
};
const TYPE_NAMES: Record<string, string> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  SET: 'set (repeated)'
};
// Vega's "tableau10": the chart colours its speaker lanes with it
const TABLEAU10 = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];
const TABLEAU20 = [
  '#4c78a8', '#9ecae9', '#f58518', '#ffbf79', '#54a24b', '#88d27a', '#b79a20', '#f2cf5b', '#439894', '#83bcb6',
  '#e45756', '#ff9d98', '#79706e', '#bab0ac', '#d67195', '#fcbfd2', '#b279a2', '#d6a5c9', '#9e765f', '#d8b5a5'
];
const OTHER_COLOUR = '#888888';
const ALL = '';

export interface IViewOptions {
  /** A whole document (a `.timeline.json` file) rather than a notebook output: the article is shown open. */
  document: boolean;
}

interface IEmbedResult {
  finalize(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The colour of each speaker, as the chart draws its lanes: Vega's tableau10 in
 * lane order (tableau20 beyond ten lanes); a speaker without a lane of their own
 * takes the colour of the chart's "other speakers" lane.
 */
export function speakerColours(bundle: IBundle): Map<string, string> {
  const colours = new Map<string, string>();
  const scheme = bundle.lanes.length <= 10 ? TABLEAU10 : TABLEAU20;
  bundle.lanes.forEach((name, k) => colours.set(name, scheme[k % scheme.length]));
  const other = (bundle.otherLane !== null && colours.get(bundle.otherLane)) || OTHER_COLOUR;
  let k = bundle.lanes.length;
  for (const c of bundle.claims) {
    if (!colours.has(c.speaker.name)) {
      // a bundle without lanes (an older chronique) still gets one colour per speaker
      colours.set(c.speaker.name, bundle.lanes.length ? other : scheme[k++ % scheme.length]);
    }
  }
  return colours;
}

/** One line saying what a correction does (as `chronique.overrides.describe`). */
export function describeOverride(o: IOverride): string {
  const words = o.span?.text ?? o.ref ?? '';
  const set = o.set ?? {};
  if (o.target === 'timex') {
    return `${o.id} '${words}': ${set.value == null ? 'not a date' : set.value}`;
  }
  const short = words.length <= 50 ? words : `${words.slice(0, 49)}…`;
  const parts = [];
  if (set.speaker !== undefined) {
    parts.push(`speaker ${set.speaker}`);
  }
  if (set.mode !== undefined) {
    parts.push(`mode ${set.mode}`);
  }
  return `${o.id} '${short}': ${parts.join(', ')}`;
}

function claimWhen(c: IClaim): string {
  const t = c.time;
  if (!t) {
    return '';
  }
  const value = t.value ?? '';
  return t.text && t.text !== value ? `${value} (${t.text})` : value;
}

function hedgeText(h: string | { text?: string }): string {
  return typeof h === 'string' ? h : (h.text ?? '');
}

export class TimelineView {
  readonly node: HTMLElement;
  /** Resolves when the chart is drawn (or has failed, saying why in the page). */
  readonly ready: Promise<void>;

  constructor(host: HTMLElement, bundle: IBundle, options: IViewOptions) {
    this._bundle = bundle;
    this._colours = speakerColours(bundle);
    this._corrected = new Set(bundle.overrides.filter(o => o.target === 'timex' && o.ref).map(o => o.ref as string));
    this.node = el('div', 'cq-lab-timeline');
    this.node.dataset.lang = bundle.lang;
    if (options.document) {
      this.node.classList.add('cq-lab-document');
    }
    this.node.appendChild(this._header());
    this._chart = el('div', 'cq-lab-chart');
    this.node.appendChild(this._chart);
    this.node.appendChild(this._claimsSection());
    this.node.appendChild(this._articleSection(options.document));
    host.appendChild(this.node);
    this._applyFilter();
    this.ready = this._drawChart();
  }

  /** The speaker the claims are filtered by ('' for all). */
  get speaker(): string {
    return this._speaker;
  }

  /** Show only the claims of `speaker` ('' for all) in the table, and dim the others in the article. */
  filterBySpeaker(speaker: string): void {
    this._speaker = speaker;
    if (this._select && this._select.value !== speaker) {
      this._select.value = speaker;
    }
    this._applyFilter();
  }

  dispose(): void {
    this._disposed = true;
    if (this._embed) {
      this._embed.finalize();
      this._embed = null;
    }
    this.node.remove();
  }

  // ------------------------------------------------------------------ header

  private _header(): HTMLElement {
    const b = this._bundle;
    const header = el('header', 'cq-lab-header');
    // the chart has the title; the header says what was found
    const pub = b.published;
    const facts = [
      'chronique',
      pub.value ? `published ${pub.value}${pub.inferred ? ' (inferred)' : ''}` : 'publication date unknown',
      b.lang,
      plural(b.timexes.length, 'time expression', 'time expressions'),
      plural(b.claims.length, 'claim', 'claims'),
      plural(b.events.length, 'event', 'events')
    ].filter(Boolean);
    const line = el('p', 'cq-lab-facts', facts.join(' · '));
    if (pub.explanation) {
      line.title = pub.explanation;
    }
    header.appendChild(line);
    if (b.issues.length) {
      const ul = el('ul', 'cq-lab-issues');
      for (const issue of b.issues) {
        ul.appendChild(el('li', undefined, issue.message));
      }
      header.appendChild(ul);
    }
    if (b.overrides.length) {
      header.appendChild(el('p', 'cq-lab-overrides', `${plural(b.overrides.length, 'correction', 'corrections')} by hand:`));
      const ul = el('ul', 'cq-lab-overrides');
      for (const o of b.overrides) {
        ul.appendChild(el('li', undefined, describeOverride(o)));
      }
      header.appendChild(ul);
    }
    return header;
  }

  // ------------------------------------------------------------------ chart

  private async _drawChart(): Promise<void> {
    const spec = this._bundle.vegalite;
    if (!spec) {
      this._chart.appendChild(el('p', 'cq-lab-message', 'This timeline has no chart.'));
      return;
    }
    try {
      const { default: embed, vega } = await import('vega-embed');
      if (this._disposed) {
        return;
      }
      // nothing is fetched: a specification that names a URL gets an error, not a request
      const base = vega.loader();
      const refuse = (uri: unknown) =>
        Promise.reject(new Error(`chronique draws offline: ${String(uri).slice(0, 80)} is not loaded`));
      const loader = { ...base, sanitize: refuse, http: refuse, file: refuse, load: refuse };
      const target = el('div', 'cq-lab-vega');
      this._chart.appendChild(target);
      const result = await embed(target, spec as never, {
        actions: false,
        renderer: 'svg',
        loader: loader as never,
        tooltip: { theme: 'light' }
      });
      if (this._disposed) {
        result.finalize();
        return;
      }
      this._embed = result;
    } catch (err) {
      this._chart.textContent = '';
      this._chart.appendChild(el('p', 'cq-lab-message cq-lab-error', `The chart could not be drawn: ${(err as Error).message}`));
    }
  }

  // ------------------------------------------------------------------ claims

  private _claimsSection(): HTMLElement {
    const b = this._bundle;
    const section = el('section', 'cq-lab-claims');
    const head = el('div', 'cq-lab-claims-head');
    head.appendChild(el('h3', undefined, 'Claims'));
    const counts = new Map<string, number>();
    for (const c of b.claims) {
      counts.set(c.speaker.name, (counts.get(c.speaker.name) ?? 0) + 1);
    }
    const label = el('label', 'cq-lab-filter', 'Speaker ');
    const select = el('select');
    select.setAttribute('aria-label', 'Show the claims of one speaker');
    const all = el('option', undefined, `all (${b.claims.length})`);
    all.value = ALL;
    select.appendChild(all);
    for (const [name, n] of [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
      const option = el('option', undefined, `${name} (${n})`);
      option.value = name;
      select.appendChild(option);
    }
    select.addEventListener('change', () => this.filterBySpeaker(select.value));
    label.appendChild(select);
    head.appendChild(label);
    this._count = el('span', 'cq-lab-count');
    head.appendChild(this._count);
    section.appendChild(head);
    this._select = select;
    if (!b.claims.length) {
      section.appendChild(el('p', 'cq-lab-message', 'No claims found.'));
      return section;
    }
    const table = el('table', 'cq-lab-table');
    const thead = el('thead');
    const hr = el('tr');
    for (const h of ['', 'Speaker', 'When', 'Mode', 'Kind', 'Cue', 'Claim']) {
      hr.appendChild(el('th', undefined, h));
    }
    thead.appendChild(hr);
    table.appendChild(thead);
    const tbody = el('tbody');
    for (const c of b.claims) {
      const tr = el('tr', 'cq-lab-claim-row');
      tr.dataset.claim = c.id;
      tr.dataset.speaker = c.speaker.name;
      tr.appendChild(el('td', 'cq-lab-id', c.id));
      const who = el('td', 'cq-lab-speaker');
      const swatch = el('span', 'cq-lab-swatch');
      swatch.style.backgroundColor = this._colours.get(c.speaker.name) ?? OTHER_COLOUR;
      who.appendChild(swatch);
      who.appendChild(document.createTextNode(c.speaker.name));
      if (c.anonymous) {
        who.appendChild(el('span', 'cq-lab-tag', 'anonymous'));
      }
      tr.appendChild(who);
      tr.appendChild(el('td', 'cq-lab-when', claimWhen(c)));
      tr.appendChild(el('td', undefined, c.mode ?? ''));
      tr.appendChild(el('td', undefined, c.kind ?? ''));
      tr.appendChild(el('td', undefined, c.cue?.text ?? ''));
      const what = el('td', 'cq-lab-content', c.content?.text ?? '');
      const hedges = (c.hedges ?? []).map(hedgeText).filter(Boolean);
      if (hedges.length) {
        what.appendChild(el('span', 'cq-lab-tag', `hedged: ${hedges.join(', ')}`));
      }
      if (c.channel) {
        what.appendChild(el('span', 'cq-lab-tag', c.channel));
      }
      tr.appendChild(what);
      tr.addEventListener('click', () => this._showClaim(c.id));
      tbody.appendChild(tr);
      this._rows.push(tr);
    }
    table.appendChild(tbody);
    const wrap = el('div', 'cq-lab-table-wrap');
    wrap.appendChild(table);
    section.appendChild(wrap);
    return section;
  }

  private _applyFilter(): void {
    const speaker = this._speaker;
    let shown = 0;
    for (const tr of this._rows) {
      const keep = speaker === ALL || tr.dataset.speaker === speaker;
      tr.hidden = !keep;
      shown += keep ? 1 : 0;
    }
    for (const [node, speakers] of this._claimPieces) {
      node.classList.toggle('cq-lab-dim', speaker !== ALL && !speakers.includes(speaker));
    }
    if (this._count) {
      this._count.textContent =
        speaker === ALL ? plural(shown, 'claim', 'claims') : `${shown} of ${plural(this._rows.length, 'claim', 'claims')}`;
    }
  }

  private _showClaim(id: string): void {
    const first = this._claimNodes.get(id);
    if (!first) {
      return;
    }
    if (this._details && !this._details.open) {
      this._details.open = true;
    }
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const node of this._pieceNodes.get(id) ?? []) {
      node.classList.add('cq-lab-focus');
      window.setTimeout(() => node.classList.remove('cq-lab-focus'), 1500);
    }
  }

  // ------------------------------------------------------------------ article

  private _articleSection(open: boolean): HTMLElement {
    const b = this._bundle;
    const details = el('details', 'cq-lab-article');
    details.open = open;
    this._details = details;
    details.appendChild(el('summary', undefined, 'Article'));
    details.appendChild(this._legend());
    const text = el('div', 'cq-lab-text');
    const types = new Map(b.timexes.map(t => [t.id, t.type]));
    for (const piece of segments(b)) {
      text.appendChild(this._piece(piece, types));
    }
    details.appendChild(text);
    return details;
  }

  private _legend(): HTMLElement {
    const legend = el('p', 'cq-lab-legend');
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      const s = el('span', 'cq-lab-timex', TYPE_NAMES[type]);
      s.style.backgroundColor = colour;
      legend.appendChild(s);
    }
    const flagged = el('span', 'cq-lab-timex cq-lab-flagged', 'date the text gets wrong');
    legend.appendChild(flagged);
    for (const [name, colour] of this._colours) {
      const s = el('span', 'cq-lab-claim', name);
      s.style.borderBottomColor = colour;
      legend.appendChild(s);
    }
    return legend;
  }

  private _piece(piece: IPiece, types: Map<string, string>): Node {
    const text = this._bundle.text.slice(piece.start, piece.end);
    if (!piece.timex && !piece.claims.length && !piece.events.length && !piece.flagged) {
      return document.createTextNode(text);
    }
    const span = el('span', undefined, text);
    if (piece.timex) {
      const type = types.get(piece.timex.id) ?? 'DATE';
      span.classList.add('cq-lab-timex');
      span.dataset.timex = piece.timex.id;
      span.dataset.type = type;
      span.style.backgroundColor = TYPE_COLOURS[type] ?? TYPE_COLOURS.DATE;
      if (this._corrected.has(piece.timex.id)) {
        span.classList.add('cq-lab-own');
      }
    }
    if (piece.flagged) {
      span.classList.add('cq-lab-flagged');
    }
    if (piece.events.length) {
      span.classList.add('cq-lab-event');
    }
    if (piece.claims.length) {
      const inner: IHighlight = piece.claims[piece.claims.length - 1];
      const speaker = inner.speaker ?? '';
      span.classList.add('cq-lab-claim');
      span.dataset.claim = inner.id;
      span.style.borderBottomColor = this._colours.get(speaker) ?? OTHER_COLOUR;
      const speakers = piece.claims.map(h => h.speaker ?? '');
      this._claimPieces.push([span, speakers]);
      for (const h of piece.claims) {
        if (!this._claimNodes.has(h.id)) {
          this._claimNodes.set(h.id, span);
        }
        const nodes = this._pieceNodes.get(h.id);
        if (nodes) {
          nodes.push(span);
        } else {
          this._pieceNodes.set(h.id, [span]);
        }
      }
    }
    if (piece.labels.length) {
      span.title = piece.labels.join(' | ');
    }
    return span;
  }

  private _bundle: IBundle;
  private _colours: Map<string, string>;
  private _corrected: Set<string>;
  private _chart: HTMLElement;
  private _embed: IEmbedResult | null = null;
  private _disposed = false;
  private _speaker = ALL;
  private _select: HTMLSelectElement | null = null;
  private _count: HTMLElement | null = null;
  private _rows: HTMLTableRowElement[] = [];
  private _details: HTMLDetailsElement | null = null;
  private _claimPieces: Array<[HTMLElement, string[]]> = [];
  private _claimNodes = new Map<string, HTMLElement>();
  private _pieceNodes = new Map<string, HTMLElement[]>();
}

/**
 * The timeline bundle (schema `chronique.timeline/1`), as written by
 * `chronique.export.to_bundle` and shown by the renderer.
 *
 * The bundle is untrusted data: `parseBundle` checks the shape of every field
 * the views read and says clearly what is wrong when something is missing.
 */

/** The MIME type of a timeline bundle. */
export const MIME_TYPE = 'application/vnd.chronique.timeline+json';

/** The schema family this renderer reads (`chronique.timeline/1`). */
export const SCHEMA_PREFIX = 'chronique.timeline/';
export const SCHEMA_MAJOR = '1';

export interface ISpan {
  start: number;
  end: number;
  text?: string;
}

export interface IHighlight {
  start: number;
  end: number;
  kind: string; // timex, issue, claim, speaker, cue, event
  id: string;
  label?: string;
  text?: string;
  value?: string;
  flagged?: boolean;
  speaker?: string;
  rung?: number | null;
}

export interface ISpeaker {
  name: string;
  kind?: string;
  entity?: string;
  mention?: ISpan;
  titles?: string[];
}

export interface IClaim {
  id: string;
  speaker: ISpeaker;
  cue?: ISpan & { lemma?: string };
  content?: ISpan;
  mode?: string;
  kind?: string;
  hedges?: Array<string | { text?: string }>;
  anonymous?: boolean;
  channel?: string | null;
  time?: { timex?: string | null; value?: string | null; text?: string | null; source?: string } | null;
}

export interface ITimex {
  id: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  interval?: string[] | null;
  explanation?: string;
  flag?: { kind?: string; suggested?: string } | null;
}

export interface IIssue {
  start: number;
  end: number;
  kind: string;
  message: string;
  suggested?: string | null;
  timex?: string | null;
}

export interface IEvent {
  id: string;
  label?: string;
  kind?: string;
  rung?: number | null;
  trigger?: ISpan;
}

export interface IPublished {
  value: string | null;
  inferred?: boolean;
  explanation?: string;
}

/** A correction made by hand (`chronique.overrides`). */
export interface IOverride {
  id: string;
  target?: string;
  ref?: string;
  span?: { text?: string };
  set?: { value?: string | null; speaker?: string; mode?: string };
}

export interface IBundle {
  schema: string;
  lang: string;
  title: string;
  published: IPublished;
  text: string;
  highlights: IHighlight[];
  vegalite: Record<string, unknown> | null;
  claims: IClaim[];
  events: IEvent[];
  timexes: ITimex[];
  issues: IIssue[];
  /** The chart's speaker lanes, in its order (it colours them with tableau10, tableau20 beyond ten). */
  lanes: string[];
  /** The lane of the speakers beyond the chart's lanes, if the chart has one. */
  otherLane: string | null;
  overrides: IOverride[];
}

/** A bundle that cannot be shown: the message says why, in one line. */
export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list<T>(data: Record<string, unknown>, key: string, check: (item: unknown) => item is T): T[] {
  const value = data[key];
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new BundleError(`not a chronique timeline: "${key}" is not a list`);
  }
  return value.filter(check);
}

function isSpan(value: unknown): value is ISpan {
  return (
    isObject(value) &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    (value.start as number) >= 0 &&
    (value.end as number) >= (value.start as number)
  );
}

function isHighlight(value: unknown): value is IHighlight {
  return isSpan(value) && typeof (value as IHighlight).kind === 'string' && typeof (value as IHighlight).id === 'string';
}

function isClaim(value: unknown): value is IClaim {
  return isObject(value) && typeof value.id === 'string' && isObject(value.speaker) && typeof value.speaker.name === 'string';
}

function isTimex(value: unknown): value is ITimex {
  return isSpan(value) && typeof (value as ITimex).id === 'string' && typeof (value as ITimex).type === 'string';
}

function isIssue(value: unknown): value is IIssue {
  return isSpan(value) && typeof (value as IIssue).message === 'string';
}

function isEvent(value: unknown): value is IEvent {
  return isObject(value) && typeof value.id === 'string';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isOverride(value: unknown): value is IOverride {
  return isObject(value) && typeof value.id === 'string';
}

/**
 * Read a timeline bundle: a JSON string (a `.timeline.json` file) or the
 * object of a notebook output.  Throws `BundleError` when it is not one.
 */
export function parseBundle(source: unknown): IBundle {
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source);
    } catch (err) {
      throw new BundleError(`not a chronique timeline: the file is not valid JSON (${(err as Error).message})`);
    }
  }
  if (!isObject(data)) {
    throw new BundleError('not a chronique timeline: the bundle is not a JSON object');
  }
  const schema = data.schema;
  if (typeof schema !== 'string' || !schema.startsWith(SCHEMA_PREFIX)) {
    throw new BundleError(
      `not a chronique timeline: the schema is ${JSON.stringify(schema ?? null)}, expected "${SCHEMA_PREFIX}${SCHEMA_MAJOR}"`
    );
  }
  if (schema.slice(SCHEMA_PREFIX.length) !== SCHEMA_MAJOR) {
    throw new BundleError(`unsupported timeline schema "${schema}": this viewer reads "${SCHEMA_PREFIX}${SCHEMA_MAJOR}"`);
  }
  if (typeof data.text !== 'string') {
    throw new BundleError('not a chronique timeline: the article text is missing');
  }
  const published = isObject(data.published) ? data.published : {};
  const vegalite = isObject(data.vegalite) ? data.vegalite : null;
  const textLength = data.text.length;
  const inText = <T extends ISpan>(s: T): boolean => s.end <= textLength;
  return {
    schema,
    lang: typeof data.lang === 'string' ? data.lang : '',
    title: typeof data.title === 'string' ? data.title : '',
    published: {
      value: typeof published.value === 'string' ? published.value : null,
      inferred: published.inferred === true,
      explanation: typeof published.explanation === 'string' ? published.explanation : ''
    },
    text: data.text,
    highlights: list(data, 'highlights', isHighlight).filter(inText),
    vegalite,
    claims: list(data, 'claims', isClaim),
    events: list(data, 'events', isEvent),
    timexes: list(data, 'timexes', isTimex).filter(inText),
    issues: list(data, 'issues', isIssue).filter(inText),
    lanes: list(data, 'lanes', isString),
    otherLane: typeof data.other_lane === 'string' ? data.other_lane : null,
    overrides: list(data, 'overrides', isOverride)
  };
}

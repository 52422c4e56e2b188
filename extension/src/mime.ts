/**
 * The renderer of `application/vnd.chronique.timeline+json`: in notebook
 * outputs (it needs no kernel: a saved notebook shows its timelines) and as
 * the viewer of `*.timeline.json` files.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { Widget } from '@lumino/widgets';

import { MIME_TYPE, parseBundle } from './bundle';
import { timelineIcon } from './icon';
import { TimelineView } from './view';

export { MIME_TYPE };

/** The file type of timeline bundles, and the name of their viewer. */
export const FILE_TYPE = 'chronique-timeline';
export const FACTORY = 'chronique Timeline';

export class TimelineRenderer extends Widget implements IRenderMime.IRenderer {
  constructor(options: IRenderMime.IRendererOptions) {
    super();
    this._mimeType = options.mimeType;
    this.addClass('cq-lab-renderer');
  }

  /** The view shown, if the data was a timeline. */
  get view(): TimelineView | null {
    return this._view;
  }

  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    const data = model.data[this._mimeType];
    // a document gives its text; an output gives the parsed object
    const isDocument = typeof data === 'string';
    this._view?.dispose();
    this._view = null;
    this.node.textContent = '';
    let bundle;
    try {
      bundle = parseBundle(data);
    } catch (err) {
      const p = document.createElement('p');
      p.className = 'cq-lab-message cq-lab-error';
      p.textContent = (err as Error).message;
      this.node.appendChild(p);
      return;
    }
    this.toggleClass('cq-lab-document-renderer', isDocument);
    this._view = new TimelineView(this.node, bundle, { document: isDocument });
    await this._view.ready;
  }

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this._view?.dispose();
    this._view = null;
    super.dispose();
  }

  private _mimeType: string;
  private _view: TimelineView | null = null;
}

export const rendererFactory: IRenderMime.IRendererFactory = {
  // the renderer never turns data into HTML or script: it may show untrusted outputs
  safe: true,
  mimeTypes: [MIME_TYPE],
  defaultRank: 0,
  createRenderer: options => new TimelineRenderer(options)
};

const extension: IRenderMime.IExtension = {
  id: 'chronique:timeline-renderer',
  description: 'Shows chronique timelines: the escalation chart, the claims and the marked article.',
  rendererFactory,
  rank: 0,
  dataType: 'string',
  fileTypes: [
    {
      name: FILE_TYPE,
      displayName: 'chronique timeline',
      mimeTypes: [MIME_TYPE],
      extensions: ['.timeline.json'],
      fileFormat: 'text',
      // a name, not the icon itself: the file types of MIME extensions are copied as JSON
      icon: timelineIcon.name
    }
  ],
  documentWidgetFactoryOptions: {
    name: FACTORY,
    label: 'chronique Timeline',
    primaryFileType: FILE_TYPE,
    fileTypes: [FILE_TYPE],
    defaultFor: [FILE_TYPE]
  }
};

export default extension;

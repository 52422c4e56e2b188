/**
 * chronique in JupyterLab: "New timeline notebook" (launcher card and command
 * palette).  The timeline renderer and the `.timeline.json` viewer are the
 * MIME extension (`mime.ts`).
 */
import { type JupyterFrontEnd, type JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { IDefaultFileBrowser } from '@jupyterlab/filebrowser';
import { ILauncher } from '@jupyterlab/launcher';

import { cardIconUrl, timelineIcon } from './icon';
import { timelineNotebook } from './template';

export const COMMAND = 'chronique:new-timeline-notebook';
const LABEL = 'New timeline notebook';
const MAX_NAMES = 1000;

/** The first free path `<dir>/timeline.ipynb`, `<dir>/timeline-1.ipynb`, ... */
async function freePath(app: JupyterFrontEnd, dir: string): Promise<string> {
  const contents = app.serviceManager.contents;
  const prefix = dir ? `${dir}/` : '';
  for (let k = 0; k < MAX_NAMES; k++) {
    const path = `${prefix}timeline${k ? `-${k}` : ''}.ipynb`;
    try {
      await contents.get(path, { content: false });
    } catch (err) {
      // only a missing file is free: any other error (permissions, server) is reported
      if ((err as { response?: { status?: number } }).response?.status === 404) {
        return path;
      }
      throw err;
    }
  }
  throw new Error(`no free name for a timeline notebook in ${dir || 'the home folder'}`);
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'chronique:new-timeline-notebook',
  description: 'A launcher card and a command that create a notebook prefilled with the chronique workflow.',
  autoStart: true,
  optional: [ILauncher, ICommandPalette, IDefaultFileBrowser],
  activate: (
    app: JupyterFrontEnd,
    launcher: ILauncher | null,
    palette: ICommandPalette | null,
    browser: IDefaultFileBrowser | null
  ) => {
    app.commands.addCommand(COMMAND, {
      label: LABEL,
      caption: 'A notebook prefilled with the chronique workflow: paste an article, analyse it, review it, chart and export its timeline',
      icon: args => (args.isPalette ? undefined : timelineIcon),
      execute: async args => {
        const cwd = typeof args.cwd === 'string' ? args.cwd : (browser?.model.path ?? '');
        const path = await freePath(app, cwd);
        await app.serviceManager.contents.save(path, {
          type: 'notebook',
          format: 'json',
          content: timelineNotebook()
        });
        return app.commands.execute('docmanager:open', { path, factory: 'Notebook' });
      }
    });
    launcher?.add({ command: COMMAND, category: 'Notebook', rank: 50, kernelIconUrl: cardIconUrl });
    palette?.addItem({ command: COMMAND, category: 'chronique', args: { isPalette: true } });
  }
};

export default plugin;

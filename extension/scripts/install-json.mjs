// Put install.json beside the built extension: it tells JupyterLab that pip manages it.
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../install.json', import.meta.url), new URL('../labextension/install.json', import.meta.url));

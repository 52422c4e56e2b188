// Remove build outputs (the paths given as arguments, relative to the extension).
import { rmSync } from 'node:fs';

for (const path of process.argv.slice(2)) {
  rmSync(new URL(`../${path}`, import.meta.url), { recursive: true, force: true });
}

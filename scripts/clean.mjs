// Removes build outputs so a build never ships stale chunks.
import { rmSync, readdirSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
for (const name of readdirSync('packages')) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  rmSync(`packages/${name}/tsconfig.tsbuildinfo`, { force: true });
}

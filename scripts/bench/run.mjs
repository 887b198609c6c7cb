// `npm run bench`: bundles the benchmark with esbuild, as `npm run build` bundles the bots,
// and runs it on plain node. Run through tsx instead, every function the engine creates per
// question would be wrapped to keep its name (tsx sets esbuild's keepNames), which the bots'
// build does not do: about 14 % of the engine's time on the bundled article went there.
// Plain JavaScript, so that it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = `${root}dist/bench/main.js`;
await build({
  entryPoints: [`${root}scripts/bench/main.ts`],
  outfile,
  bundle: true,
  // Libraries load from node_modules as they are; only this project's code is bundled.
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);

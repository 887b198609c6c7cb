// `npm run build` (and `npm install`, through `prepare`): compiles each runnable into one
// JavaScript file under dist/, so `npm start` and the bots run on plain node and start fast.
// Plain JavaScript, not TypeScript, so that it runs before anything is compiled. The type
// check is `tsc --noEmit`, in `npm run lint`.
import { build } from 'esbuild';

/** What `package.json`'s scripts run: the console, `npm run add`, the bots and their helpers. */
const ENTRY_POINTS = [
  'adapters/console/main.ts',
  'adapters/add/main.ts',
  'adapters/slack/main.ts',
  'adapters/discord/main.ts',
  'adapters/discord/register.ts',
  'adapters/discord/sharded.ts',
];

/**
 * Libraries left to load from node_modules: the platform clients and the logger start worker
 * threads or look up optional native modules by name, which a bundle would break, and the
 * HTML readers load only when an HTML article or a URL is added, the language guesser (tinyld)
 * only when a question's function words do not tell its language. Every other library is
 * bundled: one file compiles faster than a hundred small modules (the console's first answer
 * came 0.1 s sooner).
 */
const EXTERNAL = ['discord.js', '@slack/bolt', 'pino', 'undici', 'linkedom', '@mozilla/readability', 'tinyld'];

await build({
  entryPoints: ENTRY_POINTS,
  outbase: '.',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: EXTERNAL,
  // Code loaded with import() (the Markdown and HTML readers, adding articles) stays in its
  // own file and loads only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS libraries call require(); an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});

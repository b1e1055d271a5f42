/**
 * `npm run summit -- …`: runs the designers' command line (src/cli/summit.ts) from a one-file
 * bundle, rebuilt whenever a source file is newer than it.
 *
 * Why: run through tsx, every start pays for the TypeScript loader and for resolving some sixty
 * modules through it, about 0.7 s on a school laptop before any work, which alone nearly spends
 * the 1 s a designer should wait for `summit check`. The bundle starts in about 0.1 s. Rebuilding
 * takes a second or two, once after an edit; a failed build falls back to tsx, so the command
 * always runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'src', 'cli', 'summit.ts');
const cache = path.join(root, 'node_modules', '.cache', 'summit-cli');
const bundle = path.join(cache, 'summit.js');

/** The newest modification time among the sources the command line is built from. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  visit(path.join(root, 'src', 'engine'));
  visit(path.join(root, 'src', 'cli'));
  // The command line words the engine's records from the game's strings tables.
  visit(path.join(root, 'src', 'game', 'ui', 'strings'));
  for (const f of ['package.json', 'package-lock.json']) newest = Math.max(newest, fs.statSync(path.join(root, f), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return newest;
}

async function rebuild() {
  const { build } = await import('vite');
  // Build beside the bundle, then rename over it: a run that starts meanwhile never reads half a file.
  const out = path.join(cache, `build-${process.pid}`);
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'silent',
    build: { ssr: entry, outDir: out, emptyOutDir: true, target: 'node20', minify: false, copyPublicDir: false },
    ssr: { noExternal: true, target: 'node' },
  });
  fs.writeFileSync(path.join(cache, 'package.json'), '{ "type": "module" }\n');
  fs.renameSync(path.join(out, 'summit.js'), bundle);
  fs.rmSync(out, { recursive: true, force: true });
}

async function loadMain() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built < newestSource()) await rebuild();
  return (await import(pathToFileURL(bundle).href)).main;
}

let main;
try {
  fs.mkdirSync(cache, { recursive: true });
  main = await loadMain();
} catch (e) {
  process.stderr.write(`summit: could not build the command line (${e.message}); running it from source instead\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 2);
}
// Piped into `head`, the reader may leave early: that is not an error of ours.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2));
process.exitCode = main(process.argv.slice(2));

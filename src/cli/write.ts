/** Writing the command line's output files: an unwritable path is a usage error, never a stack trace. */
import fs from 'node:fs';
import { CliExit, EXIT_USAGE } from './io.ts';

export function writeText(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliExit(EXIT_USAGE, `${file}: cannot write: ${why}`);
  }
}

/**
 * Imported first by an entry that draws PNGs in its own process (the CLI, the bench's
 * export area): sets the export process's environment (exportProcessEnv) before resvg
 * loads (png.ts loads it at the first PNG), since its allocator reads it once, at load. In
 * the main thread `process.env` writes reach the C environment that the allocator reads.
 */
import { exportProcessEnv } from './exportProcessEnv';

for (const [key, value] of Object.entries(exportProcessEnv(process.platform))) process.env[key] ??= value;

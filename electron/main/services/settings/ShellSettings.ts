/**
 * The desktop shell's own preferences, in userData/settings.json (written atomically):
 * the last window bounds (restored through restoreBounds on the monitors of the day), the
 * theme preference (follow the system, light or dark) and the interface size. A missing
 * or damaged file means the defaults; a damaged field is dropped on its own.
 */
import { z } from 'zod';
import { errorCode, type FileSystemPort } from '../files/FileSystemPort';
import { writeFileAtomicWith } from '../files/writeFileAtomic';
import type { ThemeSource } from '../../menu/shellCommands';
import { clampZoomFactor } from '../../menu/zoom';
import type { Rect } from '../windows/windowBounds';

export interface WindowPlacement {
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export interface ShellSettingsValues {
  readonly window: WindowPlacement | null;
  readonly theme: ThemeSource;
  readonly zoomFactor: number;
}

export const DEFAULT_SETTINGS: ShellSettingsValues = { window: null, theme: 'system', zoomFactor: 1 };

const coordinate = z.number().finite().min(-1e6).max(1e6);
const placementSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: z.number().finite().positive().max(1e5), height: z.number().finite().positive().max(1e5) }),
  maximized: z.boolean(),
});

/** Each field on its own: one bad value does not throw the others away. */
export function parseSettings(raw: unknown): ShellSettingsValues {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const window = placementSchema.safeParse(o.window);
  const theme = z.enum(['system', 'light', 'dark']).safeParse(o.theme);
  return {
    window: window.success ? window.data : null,
    theme: theme.success ? theme.data : DEFAULT_SETTINGS.theme,
    zoomFactor: clampZoomFactor(o.zoomFactor),
  };
}

export class ShellSettings {
  private values: ShellSettingsValues = DEFAULT_SETTINGS;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly deps: { fs: FileSystemPort; file: string; log(message: string): void }) {}

  async load(): Promise<ShellSettingsValues> {
    try {
      this.values = parseSettings(JSON.parse(new TextDecoder().decode(await this.deps.fs.readFile(this.deps.file))));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') this.deps.log(`settings: using the defaults (${error instanceof Error ? error.message : String(error)})`);
      this.values = DEFAULT_SETTINGS;
    }
    return this.values;
  }

  get(): ShellSettingsValues {
    return this.values;
  }

  /** Resolves once every write asked for so far has finished (quitting waits for it). */
  flush(): Promise<void> {
    return this.saving;
  }

  /** Changes some values and writes the file (writes are queued, never interleaved). */
  update(change: Partial<ShellSettingsValues>): Promise<void> {
    this.values = parseSettings({ ...this.values, ...change });
    const text = `${JSON.stringify({ version: 1, ...this.values }, null, 2)}\n`;
    this.saving = this.saving.then(() => writeFileAtomicWith(this.deps.fs, this.deps.file, text)).then(() => undefined, (error: unknown) => {
      this.deps.log(`settings: could not save: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.saving;
  }
}

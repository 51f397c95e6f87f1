/** Native file dialogs, as a port: adapters/electronDialogs.ts in the app, a script in tests. */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface DialogPort {
  /** The chosen file, or null when the user cancelled. */
  chooseFileToOpen(options: { title: string; filters: readonly FileFilter[]; defaultFolder?: string }): Promise<string | null>;
  /** The chosen destination (the dialog has confirmed any overwrite), or null. */
  chooseSaveLocation(options: { title: string; defaultPath: string; filters: readonly FileFilter[] }): Promise<string | null>;
}

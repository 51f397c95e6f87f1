/** What the renderer binds to a catalog command id. */
export interface Handler {
  run(): void | Promise<void>;
  /** Whether the command can run now (menus grey it out otherwise). Defaults to true. */
  enabled?(): boolean;
}
export type Handlers = Record<string, Handler>;

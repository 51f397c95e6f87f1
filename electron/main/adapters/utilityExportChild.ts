/**
 * The app's export process: an Electron utility process running dist-electron/exportWorker.js,
 * adapted to the runner's ExportChild (exportProcessRunner). It starts with the export
 * process's environment (exportProcessEnv: resvg's allocator settings), which main itself
 * never takes.
 */
import { utilityProcess } from 'electron';
import type { ExportChild } from '../services/export/exportProcessRunner';
import { withExportProcessEnv } from '../services/export/exportProcessEnv';

export function utilityExportChild(script: string): ExportChild {
  const child = utilityProcess.fork(script, [], { serviceName: 'Waymark export', env: withExportProcessEnv(process.env, process.platform), stdio: 'inherit' });
  return {
    send: (job) => child.postMessage(job),
    onReply(listener) {
      child.on('message', listener);
      return () => { child.off('message', listener); };
    },
    onEnd(listener) {
      const exit = (code: number) => listener({ kind: 'exit', code });
      child.on('exit', exit);
      return () => { child.off('exit', exit); };
    },
    // Before 'spawn' the process has no pid and kill() does nothing (it returns false): a
    // Cancel that quick (the save dialog dismissed at once) ends it as soon as it starts.
    kill: () => { if (!child.kill()) child.once('spawn', () => child.kill()); },
    // A utility process never keeps the app from quitting: Electron ends it with the app.
    setIdle: () => {},
  };
}

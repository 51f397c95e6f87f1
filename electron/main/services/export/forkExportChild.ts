/**
 * An export process as a Node child process (child_process.fork): the bench's and the
 * tests' stand-in for Electron's utility process, with the same script and messages.
 * Messages use the structured-clone serialization, so the PNG's bytes arrive as bytes.
 */
import { fork } from 'node:child_process';
import type { ExportChild } from './exportProcessRunner';

export function forkExportChild(script: string, env: NodeJS.ProcessEnv = process.env): ExportChild {
  const child = fork(script, [], { env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // After the runner has let go of a process (killed), an 'error' with no listener would throw.
  child.on('error', () => {});
  return {
    // A send that fails (the process already gone) ends it; 'exit' then reports the failure.
    send: (job) => { child.send(job, (error) => { if (error) child.kill(); }); },
    onReply(listener) {
      child.on('message', listener);
      return () => { child.off('message', listener); };
    },
    onEnd(listener) {
      const exit = (code: number | null, signal: NodeJS.Signals | null) => listener({ kind: 'exit', code, signal });
      const error = (e: Error) => listener({ kind: 'error', message: e.message });
      child.on('exit', exit);
      child.on('error', error);
      return () => { child.off('exit', exit); child.off('error', error); };
    },
    kill: () => { child.kill(); },
    setIdle(idle) {
      if (idle) { child.unref(); child.channel?.unref(); } else { child.ref(); child.channel?.ref(); }
    },
  };
}

/** The platform this page runs on (Electron preload or browser), set once at start-up. */
import type { Platform } from '../platform/Platform';

let platform: Platform | null = null;
export const setPlatform = (p: Platform) => { platform = p; };
export const currentPlatform = (): Platform | null => platform;

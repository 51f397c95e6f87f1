/** Bundled by browserPlatform.test.ts into a page: exposes the factory under test. */
import { createBrowserPlatform } from '../../../renderer/platform/browserPlatform';

(window as unknown as { createBrowserPlatform: typeof createBrowserPlatform }).createBrowserPlatform = createBrowserPlatform;

import { describe, expect, it } from 'vitest';
import { aboutMessage, parseLicenseList } from '../../electron/main/menu/about';

describe('About Waymark', () => {
  const licenses = [
    { name: 'react', version: '19.3.1', license: 'MIT' }, { name: 'zod', version: '4.6.7', license: 'MIT' },
    { name: 'd3-zoom', version: '3.0.1', license: 'ISC' }, { name: 'Inter (font)', version: '4', license: 'OFL-1.1' },
  ];

  it('shows the version, the runtime and a count of components per license', () => {
    const { message, detail } = aboutMessage({ productName: 'Waymark', version: '0.1.0', versions: { electron: '45.4.1', chrome: '142.0.1', node: '22.20.0' }, licenses });
    expect(message).toBe('Waymark 0.1.0');
    expect(detail).toContain('Electron 45.4.1 · Chromium 142.0.1 · Node 22.20.0');
    expect(detail).toContain('Includes 4 open-source components: MIT (2), ISC (1), OFL-1.1 (1).');
    expect(detail).toContain('Help › Third-party licenses');
  });

  it('says so when the build has no license list', () => {
    expect(aboutMessage({ productName: 'Waymark', version: '0.1.0', versions: {}, licenses: [] }).detail).toContain('license list is missing');
  });

  it('reads licenses.json, ignoring anything malformed', () => {
    expect(parseLicenseList(JSON.stringify(licenses))).toEqual(licenses);
    expect(parseLicenseList(JSON.stringify([{ name: 'x' }, ...licenses.slice(0, 1), 3, null]))).toEqual(licenses.slice(0, 1));
    expect(parseLicenseList('{')).toEqual([]);
    expect(parseLicenseList(null)).toEqual([]);
    expect(parseLicenseList('{"a":1}')).toEqual([]);
  });
});

/**
 * Help › About Waymark (on macOS: Waymark › About Waymark): the version, the runtime
 * versions and a summary of the third-party licenses, whose full text (collected at build
 * time by scripts/licenses.mjs) Help › Third-party licenses shows.
 */
export interface LicenseEntry {
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

export interface AboutInfo {
  readonly productName: string;
  readonly version: string;
  readonly versions: { readonly electron?: string; readonly chrome?: string; readonly node?: string };
  readonly licenses: readonly LicenseEntry[];
}

/** The message box's title line and detail text. */
export function aboutMessage(info: AboutInfo): { message: string; detail: string } {
  const counts = new Map<string, number>();
  for (const l of info.licenses) counts.set(l.license, (counts.get(l.license) ?? 0) + 1);
  const byLicense = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([license, n]) => `${license} (${n})`).join(', ');
  const runtime = [['Electron', info.versions.electron], ['Chromium', info.versions.chrome], ['Node', info.versions.node]].filter(([, v]) => v).map(([n, v]) => `${n} ${v}`).join(' · ');
  return {
    message: `${info.productName} ${info.version}`,
    detail: [
      'Customer-journey maps on your desktop. Released under the MIT license.',
      runtime,
      info.licenses.length
        ? `Includes ${info.licenses.length} open-source components: ${byLicense}. Help › Third-party licenses shows each license in full.`
        : 'The third-party license list is missing from this build.',
    ].filter(Boolean).join('\n\n'),
  };
}

/** licenses.json as written by the build; anything else gives an empty list. */
export function parseLicenseList(text: string | null): LicenseEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((e): e is LicenseEntry => !!e && typeof e.name === 'string' && typeof e.version === 'string' && typeof e.license === 'string').slice(0, 2000);
  } catch {
    return [];
  }
}

/** Fills the kill-test template (killTestMap.ts). No imports: the worker bundle stays tiny. */
export const FILE_MARK = '@@FILE@@';
export const VERSION_MARK = '@@VERSION@@';

export function fillKillTestMap(template: string, file: number, version: number): string {
  return template.replaceAll(FILE_MARK, String(file)).replaceAll(VERSION_MARK, String(version).padStart(6, '0'));
}

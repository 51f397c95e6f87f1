import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules are specifications too: a wrong-layer import must fail lint.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('one runtime per folder, enforced by lint', () => {
  it.each([
    ['shared/model/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/model/bad.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['shared/model/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/model/bad.ts', "import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n"],
    ['renderer/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/bad.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['electron/main/services/bad.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n"],
    ['electron/main/services/bad.ts', "import { App } from '../../../renderer/App';\nexport const x = App;\n"],
    ['cli/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('%s: refuses %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['shared/model/ok.ts', "import { z } from 'zod';\nimport { formatPath } from '../util/path';\nexport const x = [z, formatPath];\n"],
    ['electron/main/adapters/ok.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n"],
    ['electron/main/services/ok.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['renderer/ok.ts', "import { loadJourney } from '../shared/file/loadJourney';\nexport const x = loadJourney;\n"],
  ])('%s: allows %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});

/** The lint rules that keep the architecture one-way, run on code that breaks them (and on code that keeps them). */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'scripts/dev/eslint.config.js' });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', () => {
  test.each([
    [
      'the app importing the pipeline',
      'src/app/cards/example.ts',
      "import { buildCorpus } from '../../pipeline/build-corpus.ts';\nexport const build = buildCorpus;\n",
    ],
    [
      'the pipeline importing the app',
      'src/pipeline/example.ts',
      "import { formatWindow } from '../app/shared/format-window.ts';\nexport const format = formatWindow;\n",
    ],
    [
      'the corpus contract importing the pipeline',
      'src/corpus/example.ts',
      "import { escapeRegExp } from '../pipeline/escape-regexp.ts';\nexport const escape = escapeRegExp;\n",
    ],
    [
      'the store importing a feature',
      'src/app/store/example.ts',
      "import { loadArticleSearchIndex } from '../search/load-search-index.ts';\nexport const load = loadArticleSearchIndex;\n",
    ],
    [
      'the store importing a view module',
      'src/app/store/example.ts',
      "import { timelineView } from '../lazy-views.ts';\nexport const view = timelineView;\n",
    ],
    [
      'app/shared importing a selector',
      'src/app/shared/example.ts',
      "import { selectDay } from '../selectors/day.ts';\nexport const day = selectDay;\n",
    ],
  ])('%s is an error', async (_name, filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain('no-restricted-imports');
  });

  test.each([
    [
      'the app importing the corpus contract',
      'src/app/cards/example.ts',
      "import { validateCorpus } from '../../corpus/schema.ts';\nexport const validate = validateCorpus;\n",
    ],
    [
      'the store importing app/shared',
      'src/app/store/example.ts',
      "import { getCorpusIndex } from '../shared/corpus-index.ts';\nexport const index = getCorpusIndex;\n",
    ],
    [
      'a feature importing the store',
      'src/app/search/example.ts',
      "import { createExplorerStore } from '../store/explorer-store.ts';\nexport const create = createExplorerStore;\n",
    ],
  ])('%s is allowed', async (_name, filePath, code) => {
    expect(await rulesBroken(filePath, code)).toEqual([]);
  });
});

test('a hook effect that misses a dependency is an error', async () => {
  const code =
    "import { useEffect } from 'react';\nexport function useTitle(title: string) {\n  useEffect(() => {\n    document.title = title;\n  }, []);\n}\n";
  expect(await rulesBroken('src/app/ui/use-title.ts', code)).toContain('react-hooks/exhaustive-deps');
});

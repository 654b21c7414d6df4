// File mode: inputs are analysed into an in-memory store while the browser is up, with progress.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { openStore } from '@lede/store';
import { App } from '../src/ui/App.js';
import { loadInputs } from '../src/ui/data/load-inputs.js';
import { LoadProgress } from '../src/ui/data/progress.js';
import { mount } from './ui-helpers.js';

afterEach(() => cleanup());

test('loads a directory into the browser, reports progress and a bad record without stopping', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-tui-load-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'ferry.txt'),
      'Harbour ferries resume after the storm\n\n"We are running a full timetable from Monday," said Ana Ruiz, the port director.\nCommuters welcomed the news.',
    );
    fs.writeFileSync(
      path.join(dir, 'bridge.jsonl'),
      JSON.stringify({ id: 'bridge-1', title: 'Bridge repairs finish early', text: 'Engineers finished the bridge repairs two weeks early, the city said on Friday.' }) + '\n' + '{"id": "broken", "text": \n',
    );
    const store = await openStore({ db: ':memory:' });
    const progress = new LoadProgress();
    const ui = mount(<App store={store} progress={progress} size={{ columns: 100, rows: 20 }} />);
    const loading = loadInputs([dir], store, progress);
    // The app is up (and answering keys) before loading ends.
    await ui.until((f) => f.includes('lede') && f.includes('Articles'), 'first frame');
    await loading;
    const f = await ui.until((x) => x.includes('Bridge repairs finish early') && /Articles 1–2 of 2/.test(x), 'loaded rows');
    expect(f).toMatch(/Loaded 2 articles · 1 failed/);
    expect(progress.getSnapshot()).toMatchObject({ phase: 'done', loaded: 2, failed: 1 });
    await store.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

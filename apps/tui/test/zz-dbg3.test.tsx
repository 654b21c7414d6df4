import { test } from 'vitest';
import { ArticleView } from '../src/ui/views/ArticleView.js';
import { corpusStore } from './ui-fixtures.js';
import { mount } from './ui-helpers.js';
test('dbg3', async () => {
  const store = await corpusStore();
  const ui = mount(<ArticleView store={store} articleId="chips-1" width={100} height={20} active onBack={() => {}} />);
  await ui.until((f) => f.includes('Liu'));
  console.log('LISTENERS', ui.stdin.listenerCount('readable'));
  await ui.press('n');
  await new Promise((r) => setTimeout(r, 300));
  console.log(ui.frame());
});

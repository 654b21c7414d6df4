import { test } from 'vitest';
import { Text, useInput } from 'ink';
import { useEffect, useState } from 'react';
import { mount } from './ui-helpers.js';
function A() { useEffect(() => () => console.log('A cleanup'), []); useInput((i) => console.log('A got', i)); return <Text>A</Text>; }
function B() { useEffect(() => { console.log('B effect'); return () => console.log('B cleanup'); }, []); useInput((i) => console.log('B got', i)); return <Text>B</Text>; }
function T() {
  const [b, setB] = useState(false);
  useEffect(() => { setTimeout(() => setB(true), 50); }, []);
  return b ? <B /> : <A />;
}
test('dbg4', async () => {
  const ui = mount(<T />);
  await ui.press('x');
  await ui.until((f) => f.includes('B'));
  await ui.press('y');
  await new Promise((r) => setTimeout(r, 100));
});

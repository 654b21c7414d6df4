import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

export const keys = { down: '\u001B[B', up: '\u001B[A', left: '\u001B[D', right: '\u001B[C', enter: '\r', esc: '\u001B', tab: '\t', backspace: '\u007F', end: '\u001B[F' };

/** Strip SGR colour codes: assertions on text read the frame as the reader sees it. */
export const plain = (s: string | undefined) => (s ?? '').replace(/\u001B\[[0-9;]*m/g, '');

/** Render and return helpers that wait for the frame to satisfy a condition (async store queries). */
export interface Mounted extends ReturnType<typeof render> {
  /** The last frame without colour codes. */
  frame(): string;
  until(pred: (frame: string) => boolean, what?: string): Promise<string>;
  press(...input: string[]): Promise<void>;
}

export function mount(tree: ReactElement): Mounted {
  const r = render(tree);
  const frame = () => plain(r.lastFrame());
  const until = async (pred: (frame: string) => boolean, what = 'frame condition'): Promise<string> => {
    for (let i = 0; i < 300; i++) {
      const f = frame();
      if (pred(f)) return f;
      await new Promise((res) => setTimeout(res, 10));
    }
    throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
  };
  const press = async (...input: string[]) => {
    for (const s of input) {
      r.stdin.write(s);
      // Let Ink parse the key and React commit the state update.
      await new Promise((res) => setTimeout(res, 15));
    }
  };
  return { ...r, frame, until, press };
}

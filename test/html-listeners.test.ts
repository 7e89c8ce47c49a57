// linkedom's nodes keep their event listeners in themselves (src/read/html-listeners.ts), not in linkedom's
// module-level WeakMap, whose per-node entries slowed a long-running process to seconds per page; the listener
// methods still behave as the DOM's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Event, EventTarget } from 'linkedom';
import { parseDocument, type DomElement } from '../src/read/html-dom.js';

interface Listening {
  addEventListener(type: string, fn: (e: { eventPhase: number; target: unknown }) => void, options?: { once?: boolean }): void;
  removeEventListener(type: string, fn: unknown): void;
  dispatchEvent(e: unknown): boolean;
}

const page = () => parseDocument('<html><body><div id="outer"><p id="inner">text</p></div></body></html>');
const byId = (id: string) => page().querySelector(`#${id}`) as DomElement;

test('a parsed node has no entry in linkedom\'s listener WeakMap', () => {
  const node = byId('inner');
  assert.ok(node instanceof EventTarget, 'still a linkedom EventTarget');
  // linkedom's own method reads the node's table from its WeakMap: there is none to read.
  assert.throws(() => (EventTarget.prototype as unknown as Listening).addEventListener.call(node, 'x', () => {}));
});

test('listeners on nodes: bubbling, target and phase, once, removal, stopImmediatePropagation', () => {
  const doc = page();
  const outer = doc.querySelector('#outer') as unknown as Listening;
  const inner = doc.querySelector('#inner') as unknown as Listening;
  const seen: string[] = [];
  outer.addEventListener('ping', (e) => seen.push(`outer phase ${e.eventPhase} target ${e.target === inner ? 'inner' : '?'}`));
  inner.addEventListener('ping', (e) => seen.push(`inner-once phase ${e.eventPhase}`), { once: true });
  const second = () => seen.push('inner-second');
  inner.addEventListener('ping', second);
  inner.dispatchEvent(new Event('ping', { bubbles: true }));
  assert.deepEqual(seen, ['inner-once phase 2', 'inner-second', 'outer phase 3 target inner']);
  seen.length = 0;
  inner.removeEventListener('ping', second);
  inner.dispatchEvent(new Event('ping', { bubbles: true }));
  inner.dispatchEvent(new Event('ping')); // does not bubble
  assert.deepEqual(seen, ['outer phase 3 target inner']);
  seen.length = 0;
  inner.addEventListener('stop', (e) => (e as unknown as { stopImmediatePropagation(): void }).stopImmediatePropagation());
  inner.addEventListener('stop', () => seen.push('not reached'));
  inner.dispatchEvent(new Event('stop'));
  assert.deepEqual(seen, []);
});

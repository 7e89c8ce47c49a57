// linkedom's nodes without linkedom's per-node entry in one WeakMap.
//
// linkedom (0.18) gives every node it creates an entry in a module-level WeakMap, its listener table
// (`wm.set(this, new Map)` in EventTarget's constructor), though no node of a page read here ever gets a listener.
// A WeakMap keyed by objects slows down sharply past about two million keys (V8 hashes objects on 21 bits: an insert
// took 0.5 us of CPU at 1.5 million keys, 22 us at 2.5 million), and the entries of dead nodes stay until the next
// full garbage collection. In a long-running process (the fuzzer, `chorus serve`) whose old generation grows large
// between full collections, that WeakMap reaches millions of keys: pages of the fuzzer took 2-130 s of CPU there and
// 0.1 s alone; with the old generation held large on purpose, the constructor took 39.5 s of 46 s of a profile
// (docs/benchmarks.md). Here a node's constructor sets up nothing, and a node keeps its listeners in itself, made
// on its first listener: the same methods as linkedom's, the table read from the node instead of the WeakMap.
//
// The one difference: an event bubbling from a node does not reach listeners added on the document's window
// (`document.defaultView.addEventListener`, a separate linkedom EventTarget whose table only linkedom can read).
// Nothing here adds listeners at all; linkedom adds them only for `on*` handler properties set from script.
import { Node as NodeFacade } from 'linkedom';

type Listener = ((event: DomEvent) => void) | { handleEvent(event: DomEvent): void };
type Table = Map<string, Map<Listener, { once?: boolean } | boolean | undefined>>;

/** The fields of linkedom's Event that its dispatch uses. */
interface DomEvent {
  type: string;
  bubbles: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  readonly NONE: number;
  readonly CAPTURING_PHASE: number;
  readonly AT_TARGET: number;
  readonly BUBBLING_PHASE: number;
  _path: { currentTarget: ListenerHost; target: ListenerHost }[];
  _stopImmediatePropagationFlag: boolean;
}

const TABLE = Symbol('chorus.listeners');

interface ListenerHost {
  [TABLE]?: Table;
  _getParent?: () => ListenerHost | null;
  dispatchEvent?: unknown;
}

/** Runs one listener; true when it stopped the other listeners (linkedom's `dispatch`). */
function call(event: DomEvent, listener: Listener): boolean {
  if (typeof listener === 'function') listener.call(event.target, event);
  else listener.handleEvent(event);
  return event._stopImmediatePropagationFlag;
}

/** linkedom's `invokeListeners`, the table read from the node. */
function invoke(this: DomEvent, { currentTarget, target }: { currentTarget: ListenerHost; target: ListenerHost }): boolean | undefined {
  const listeners = currentTarget[TABLE]?.get(this.type);
  if (!listeners) return undefined;
  this.eventPhase = currentTarget === target ? this.AT_TARGET : this.BUBBLING_PHASE;
  this.currentTarget = currentTarget;
  this.target = target;
  for (const [listener, options] of listeners) {
    if (options && typeof options === 'object' && options.once) listeners.delete(listener);
    if (call(this, listener)) break;
  }
  delete this.currentTarget;
  delete this.target;
  return this.cancelBubble;
}

/** The listener methods of linkedom's nodes, over a table made on a node's first listener. */
class NodeListeners {
  addEventListener(this: ListenerHost, type: string, listener: Listener, options?: { once?: boolean } | boolean): void {
    const table = (this[TABLE] ??= new Map());
    let listeners = table.get(type);
    if (!listeners) table.set(type, (listeners = new Map()));
    listeners.set(listener, options);
  }

  removeEventListener(this: ListenerHost, type: string, listener: Listener): void {
    const listeners = this[TABLE]?.get(type);
    if (listeners && listeners.delete(listener) && !listeners.size) this[TABLE]?.delete(type);
  }

  dispatchEvent(this: ListenerHost, event: DomEvent): boolean {
    let node: ListenerHost | null | false | undefined = this;
    event.eventPhase = event.CAPTURING_PHASE;
    while (node) {
      if (node.dispatchEvent) event._path.push({ currentTarget: node, target: this });
      node = event.bubbles && node._getParent && node._getParent();
    }
    event._path.some(invoke, event);
    event._path = [];
    event.eventPhase = event.NONE;
    return !event.defaultPrevented;
  }
}

/** linkedom's own Node class (the exported `Node` is a facade sharing its prototype). */
const LinkedomNode = (NodeFacade as unknown as { prototype: { constructor: object } }).prototype.constructor;
// `super()` in Node's constructor calls the constructor's [[Prototype]]: now Object, which sets up nothing (and which
// V8 allocates for fastest: a class or function of ours there made parsing 1.7x slower, Object 2.6x faster than
// linkedom's own). Node.prototype still inherits from linkedom's EventTarget.prototype (`instanceof` holds); the
// three listener methods on it are ours.
Object.setPrototypeOf(LinkedomNode, Object);
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent'] as const) {
  Object.defineProperty((LinkedomNode as { prototype: object }).prototype, name, { value: NodeListeners.prototype[name], writable: true, configurable: true });
}

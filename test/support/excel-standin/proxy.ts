// Proxy objects with Office.js load semantics. A proxy reads nothing by itself: load()
// queues a read that runs at the next sync, and a property read before that throws
// PropertyNotLoaded. Proxies returned by methods (getItem, getRange, …) are bound to their
// target when the queued call runs, so a missing item fails the sync with ItemNotFound;
// *OrNullObject proxies bind to null and expose isNullObject after load + sync.
import type { StandInRequestContext } from "./context";
import { apiNotFound, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

interface ParsedLoad {
  props: string[];
  nested: Map<string, LoadOption>;
}

/** "a, b/c" | ["a", "b/c"] | {select, expand} | {a: true, b: {c: true}} → props + nested loads. */
export function parseLoad(option: LoadOption): ParsedLoad {
  const props: string[] = [];
  const nested = new Map<string, LoadOption>();
  const addPath = (path: string) => {
    const p = path.trim();
    if (!p) return;
    const slash = p.indexOf("/");
    if (slash < 0) {
      if (!props.includes(p)) props.push(p);
      return;
    }
    const head = p.slice(0, slash);
    const prev = nested.get(head);
    const rest = p.slice(slash + 1);
    nested.set(head, prev === undefined ? rest : [...(Array.isArray(prev) ? prev : [String(prev)]), rest]);
  };
  if (option === undefined) return { props, nested };
  if (typeof option === "string") option.split(",").forEach(addPath);
  else if (Array.isArray(option)) option.forEach((o) => String(o).split(",").forEach(addPath));
  else if (typeof option.select === "string" || typeof option.expand === "string") {
    String(option.select ?? "").split(",").forEach(addPath);
    String(option.expand ?? "")
      .split(",")
      .filter((x) => x.trim())
      .forEach((nav) => nested.set(nav.trim(), undefined));
  } else {
    for (const [k, v] of Object.entries(option)) {
      if (v === true) props.push(k);
      else if (v && typeof v === "object") nested.set(k, v as LoadOption);
    }
  }
  return { props, nested };
}

let wireIds = 0;

export abstract class ClientObject<T> {
  readonly _id = ++wireIds;
  private readonly _values = new Map<string, unknown>();
  private _isNull: boolean | undefined;
  private _bound: { target: T | null } | null = null;
  private readonly _children = new Map<string, unknown>();

  /**
   * @param resolve finds the target. With `call` it runs once, at sync, when the call that
   * created this proxy runs; without, it runs at every use (navigation properties).
   */
  constructor(
    readonly context: StandInRequestContext,
    private readonly resolve: () => T | null,
    call?: { parent: number; method: string; args: unknown[]; version?: string },
  ) {
    if (call) {
      this.context.enqueue({
        wire: { i: this._id, p: call.parent, m: call.method, a: call.args },
        run: () => {
          if (call.version) this._requireApi(call.method, call.version);
          this._bound = { target: this.resolve() };
        },
      });
    }
  }

  /** Binds a proxy to a known target (items of a loaded collection). */
  _bindNow(target: T): this {
    this._bound = { target };
    return this;
  }

  /** A navigation property: the same proxy every time, as in Office.js, so nested loads stick. */
  protected _nav<P>(name: string, make: () => P): P {
    if (!this._children.has(name)) this._children.set(name, make());
    return this._children.get(name) as P;
  }

  /** Scalar property names `load()` without arguments reads. */
  abstract _scalars(): string[];
  /** Reads one scalar from the model; unknown names are the caller's mistake. */
  abstract _read(target: T, name: string): unknown;
  /** A navigation property for nested loads ("format/font/bold"). */
  _navigate(name: string): ClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  _target(): T | null {
    if (this._bound) return this._bound.target;
    return this.resolve();
  }

  /** The target for an operation; a null object fails the sync with ItemNotFound. */
  _use(): T {
    const t = this._target();
    if (t === null) throw itemNotFound(`${this.constructor.name} (null object)`);
    return t;
  }

  _requireApi(api: string, version: string): void {
    if (!this.context.engine.supports(version)) throw apiNotFound(api, version);
  }

  load(option?: LoadOption): this {
    const { props, nested } = parseLoad(option);
    const names = props.length || nested.size ? props : this._scalars();
    this.context.enqueue({ wire: { i: this._id, load: option ?? null }, run: () => this._loadNow(names, nested) ?? { isNull: true } });
    return this;
  }

  /** Runs a load at sync: sets the values and returns what the response carries for it. */
  _loadNow(names: string[], nested: Map<string, LoadOption>): Record<string, unknown> | null {
    const t = this._target();
    const before = { values: new Map(this._values), isNull: this._isNull };
    this.context.recordUndo(() => {
      this._values.clear();
      for (const [k, v] of before.values) this._values.set(k, v);
      this._isNull = before.isNull;
    });
    this._isNull = t === null;
    if (t === null) return null;
    const values = names.map((n) => [n, this._read(t, n)] as const);
    for (const [n, v] of values) this._values.set(n, v);
    const response: Record<string, unknown> = Object.fromEntries(values);
    for (const [nav, sub] of nested) {
      const child = this._navigate(nav);
      if (!child) throw invalidArgument(`"${nav}" cannot be loaded on ${this.constructor.name}`);
      const parsed = parseLoad(sub);
      response[nav] = child._loadNow(parsed.props.length || parsed.nested.size ? parsed.props : child._scalars(), parsed.nested);
    }
    return response;
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected _get<V>(name: string): V {
    if (!this._values.has(name)) throw propertyNotLoaded(name);
    return this._values.get(name) as V;
  }

  /** Queues a property write. */
  protected _set(name: string, value: unknown, apply: (t: T) => void, version?: string): void {
    this.context.enqueue({
      wire: { i: this._id, s: name, v: value },
      run: () => {
        if (version) this._requireApi(name, version);
        apply(this._use());
      },
    });
  }

  /** Queues a method call that returns nothing. */
  protected _call(method: string, args: unknown[], apply: (t: T) => void, version?: string): void {
    this.context.enqueue({
      wire: { i: this._id, m: method, a: args },
      run: () => {
        if (version) this._requireApi(method, version);
        apply(this._use());
      },
    });
  }

  protected _unknown(name: string): never {
    throw invalidArgument(`${this.constructor.name} has no property "${name}"`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** A collection proxy: `items` and `count` after load, items bound to model objects. */
export abstract class ClientCollection<T, M, P extends ClientObject<M>> extends ClientObject<T> {
  private _items: P[] | undefined;

  protected abstract _list(target: T): M[];
  protected abstract _wrap(model: M): P;

  _scalars(): string[] {
    return ["items"];
  }

  _read(target: T, name: string): unknown {
    if (name === "count") return this._list(target).length;
    return this._unknown(name);
  }

  get items(): P[] {
    if (!this._items) throw propertyNotLoaded("items");
    return this._items;
  }

  get count(): number {
    return this._get<number>("count");
  }

  override _loadNow(names: string[], nested: Map<string, LoadOption>): Record<string, unknown> | null {
    const t = this._target();
    const own = names.filter((n) => n === "count");
    const response = super._loadNow(own, new Map());
    if (t === null || response === null) return response;
    const itemProps = names.filter((n) => n !== "count" && n !== "items");
    const itemNested = new Map(nested);
    const fromItems = itemNested.get("items");
    itemNested.delete("items");
    const loadsItems = names.includes("items") || itemProps.length > 0 || itemNested.size > 0 || fromItems !== undefined;
    if (!loadsItems) return response;
    const extra = fromItems === undefined ? { props: [] as string[], nested: new Map<string, LoadOption>() } : parseLoad(fromItems);
    const props = [...itemProps, ...extra.props];
    const nest = new Map([...itemNested, ...extra.nested]);
    const before = this._items;
    this.context.recordUndo(() => (this._items = before));
    const items = this._list(t).map((m) => {
      const item = this._wrap(m);
      return { item, loaded: item._loadNow(props.length || nest.size ? props : item._scalars(), nest) };
    });
    this._items = items.map((x) => x.item);
    response.items = items.map((x) => x.loaded);
    return response;
  }
}

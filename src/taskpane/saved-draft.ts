// The standalone page's safety copy: the open свод's bytes, kept in the browser's IndexedDB after
// every change until she downloads it, so a closed tab or a crash loses nothing. One copy only
// (the page works on one свод at a time); a copy that does not read back as expected is ignored.


export interface SavedDraft {
  fileName: string;
  /** When the copy was made: local date-time, ISO without a zone («2024-12-02T12:40:00»). */
  savedAt: string;
  bytes: Uint8Array;
}

export interface DraftStore {
  save(draft: SavedDraft): Promise<void>;
  load(): Promise<SavedDraft | null>;
  clear(): Promise<void>;
}

const DB_NAME = "svodka-standalone";
const STORE = "drafts";
const KEY = "current";

/** The record's shape, checked with zod loaded on first use (zod is not part of the pane's start-up). */
async function readDraft(record: unknown): Promise<SavedDraft | null> {
  const { z } = await import(/* webpackChunkName: "zod" */ "zod");
  const draftSchema = z.object({
    fileName: z.string().min(1).max(500),
    savedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/),
    bytes: z.instanceof(Uint8Array),
  });
  const found = draftSchema.safeParse(record);
  return found.success ? found.data : null;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(use(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

/** The draft store of this browser; `factory` is for tests (fake-indexeddb). */
export function indexedDbDraftStore(factory: IDBFactory = globalThis.indexedDB): DraftStore {
  return {
    save: async (draft) => {
      // A copy of the bytes: the caller's buffer may be reused.
      await withStore(factory, "readwrite", (s) => s.put({ ...draft, bytes: new Uint8Array(draft.bytes) }, KEY));
    },
    load: async () => {
      return readDraft(await withStore(factory, "readonly", (s) => s.get(KEY)));
    },
    clear: async () => {
      await withStore(factory, "readwrite", (s) => s.delete(KEY));
    },
  };
}

/** «Восстановить несохранённый свод «Свод.xlsx» от 12:40?»; the date is said when it is not today. */
export function restoreQuestion(draft: Pick<SavedDraft, "fileName" | "savedAt">, todayIso: string): string {
  const [date, time] = draft.savedAt.split("T");
  const hm = time.slice(0, 5);
  const when = date === todayIso.slice(0, 10) ? hm : `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${hm}`;
  return `Восстановить несохранённый свод «${draft.fileName}» от ${when}?`;
}

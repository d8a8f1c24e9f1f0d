import assert from "node:assert/strict";
import { IDBFactory } from "fake-indexeddb";
import { indexedDbDraftStore, restoreQuestion } from "../../src/taskpane/saved-draft";

describe("taskpane/saved-draft (the standalone page's unsaved свод in IndexedDB)", () => {
  it("keeps the last copy of the свод with its name and time until it is cleared", async () => {
    const factory = new IDBFactory();
    const store = indexedDbDraftStore(factory);
    assert.equal(await store.load(), null, "nothing to restore in a fresh browser");
    await store.save({ fileName: "Свод.xlsx", savedAt: "2024-12-02T12:31:05", bytes: new Uint8Array([1, 2, 3]) });
    await store.save({ fileName: "Свод.xlsx", savedAt: "2024-12-02T12:40:10", bytes: new Uint8Array([4, 5, 6, 7]) });
    const again = await indexedDbDraftStore(factory).load();
    assert.deepEqual(again && { ...again, bytes: [...again.bytes] }, { fileName: "Свод.xlsx", savedAt: "2024-12-02T12:40:10", bytes: [4, 5, 6, 7] });
    await store.clear();
    assert.equal(await store.load(), null, "after downloading there is nothing to restore");
  });

  it("asks with the time, and the date when the copy is not from today", () => {
    const draft = { fileName: "Свод 2024.xlsx", savedAt: "2024-12-02T12:40:10" };
    assert.equal(restoreQuestion(draft, "2024-12-02T15:00:00"), "Восстановить несохранённый свод «Свод 2024.xlsx» от 12:40?");
    assert.equal(restoreQuestion(draft, "2024-12-03T09:00:00"), "Восстановить несохранённый свод «Свод 2024.xlsx» от 02.12.2024 12:40?");
  });
});

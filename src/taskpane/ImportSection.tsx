// «Импорт резолюции»: paste the text or pick a .txt/.docx file, see what will be written
// («Показать»), confirm or change where new executor phrases belong, then write it («Добавить в свод»).
// A text holding several documents shows one preview each; a document whose id another document
// of the свод has waits for her choice (a separate document or a new edition) before anything is added.
import { Text } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { normalisePhrase, type AddresseeMapping } from "../core/import/addressees";
import type { IdentityChoice } from "../core/import/document-identity";
import { AddOrCancel } from "./AddOrCancel";
import { localNowIso } from "./clock";
import { LazyPreviewList, loadImportResolution, loadNewAddressees, loadResolutionText } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PasteOrPickFile, type PickableFile } from "./PasteOrPickFile";
import { previewView, type PreviewCorrection } from "./preview-view";
import { importedMessage, saveHint } from "./result-messages";
import { count } from "./russian";
import { Section } from "./Section";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";
import { UserFacingError } from "./user-message";

type ImportModule = Awaited<ReturnType<typeof loadImportResolution>>;
type Batch = Awaited<ReturnType<ImportModule["previewImports"]>>;
type Choices = Partial<Record<number, IdentityChoice>>;

/** New executor phrases of all the documents, each once, in order. */
function newAddresseesOf(batch: Batch): AddresseeMapping[] {
  const seen = new Map<string, AddresseeMapping>();
  for (const p of batch.previews) for (const m of p.plan.newAddressees) if (!seen.has(normalisePhrase(m.phrase))) seen.set(normalisePhrase(m.phrase), m);
  return [...seen.values()];
}

export const PASTED_SOURCE = "Вставленный текст";
const DOCUMENT_FORMS: [string, string, string] = ["документ", "документа", "документов"];

const RESOLUTION_FILE: PickableFile = {
  label: "Файл резолюции (.docx, .doc, .odt, .rtf, .pdf или .txt)",
  testId: "resolution-file",
  accept:
    ".txt,.docx,.doc,.odt,.rtf,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/vnd.oasis.opendocument.text,application/rtf,text/rtf,application/pdf",
  formats: "Файлы .docx, .doc, .odt, .rtf, .pdf (с текстом, не скан) и .txt (UTF-8 или Windows-1251).",
};

// Loaded with the preview, not at start-up (see lazy-modules.ts).
const NewAddressees = lazy(() => loadNewAddressees().then((m) => ({ default: m.NewAddressees })));

export function ImportSection({ workbook }: { workbook: PaneWorkbook }) {
  const task = useTask();
  const [text, setText] = useState("");
  const [sourceName, setSourceName] = useState(PASTED_SOURCE);
  const [preview, setPreviewState] = useState<Batch | null>(null);
  // The new executor phrases' mappings as she leaves them; they start as Svodka's suggestions.
  const [decisions, setDecisions] = useState<AddresseeMapping[]>([]);
  // Deadlines and «на контроле» she corrected on the cards, by directive key.
  const [corrections, setCorrections] = useState<Partial<Record<string, PreviewCorrection>>>({});
  const setPreview = (p: Batch | null) => {
    setPreviewState(p);
    setDecisions(p ? newAddresseesOf(p) : []);
    setCorrections({});
  };
  const correct = (key: string, c: PreviewCorrection) => setCorrections((all) => ({ ...all, [key]: { ...all[key], ...c } }));

  const readFile = (file: File) =>
    task.run(`Читаю «${file.name}»…`, async () => {
      const { readResolutionFile } = await loadResolutionText();
      const { text: content, warnings } = await readResolutionFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!content.trim()) throw new UserFacingError(`В файле «${file.name}» нет текста.`);
      setText(content);
      setSourceName(file.name);
      setPreview(null);
      // what the file could not carry (a .doc's list numbers) is said under the text
      return warnings.length ? warnings.join(" ") : null;
    });

  const show = (identities: Choices = {}) =>
    task.run("Разбираю документ…", async () => {
      if (!text.trim()) throw new UserFacingError("Вставьте текст резолюции или выберите файл.");
      const port = requirePort(workbook);
      const [{ previewImports }] = await Promise.all([loadImportResolution(), loadNewAddressees()]);
      setPreview(await previewImports(port, { text, sourceName, identities }, localNowIso()));
      return null;
    });

  // Her choice for one document is kept with the others' and the whole text is previewed again.
  const choose = (part: number, choice: IdentityChoice) => void show({ ...(preview?.source.identities ?? {}), [part]: choice });

  const apply = () =>
    task.run("Записываю в свод…", async () => {
      if (!preview) return null;
      const port = requirePort(workbook);
      const { applyImports } = await loadImportResolution();
      const results = await applyImports(port, preview, localNowIso(), decisions, corrections);
      workbook.changed();
      setPreview(null);
      const sum = (f: "added" | "updated" | "removed") => results.reduce((n, r) => n + r[f], 0);
      const ids = results.length > 1 ? ` Документы: ${results.map((r) => r.documentId).join(", ")}.` : "";
      return importedMessage(sum("added"), sum("updated"), sum("removed")) + ids + saveHint(workbook.kind);
    });

  const views = preview
    ? preview.previews.map((p, i) => previewView(p.plan, i === 0 ? p.settingsProblems : [], preview.source.identities?.[p.part ?? i], corrections))
    : null;
  const unsettled = !!views?.some((v) => v.clash);
  const decide = (index: number, mapping: AddresseeMapping) => setDecisions((all) => all.map((m, i) => (i === index ? mapping : m)));
  return (
    <Section title="Импорт резолюции">
      <PasteOrPickFile
        label="Текст резолюции"
        hint={sourceName !== PASTED_SOURCE ? `Из файла «${sourceName}»` : undefined}
        rows={6}
        placeholder="Вставьте сюда текст резолюции или решения…"
        text={text}
        onTextChange={(value) => {
          setText(value);
          if (!value) setSourceName(PASTED_SOURCE);
          setPreview(null);
        }}
        file={RESOLUTION_FILE}
        onFile={(file) => void readFile(file)}
        onShow={() => show()}
        busy={!!task.busy}
      />
      <TaskStatus task={task} />
      {views && preview && (
        <>
          {views.length > 1 && <Text block>{`В тексте ${count(views.length, DOCUMENT_FORMS)}: каждый будет записан под своим кодом.`}</Text>}
          {views.map((view, i) => (
            <Suspense key={preview.previews[i].plan.documentId + i} fallback={null}>
              <LazyPreviewList view={view} onChoose={(choice) => choose(preview.previews[i].part ?? i, choice)} onCorrect={correct} busy={!!task.busy} />
            </Suspense>
          ))}
          {decisions.length > 0 && (
            <Suspense fallback={null}>
              <NewAddressees
                mappings={decisions}
                choices={preview.previews[0].addresseeChoices}
                onChange={decide}
                disabled={!!task.busy}
              />
            </Suspense>
          )}
          <AddOrCancel onAdd={apply} onCancel={() => setPreview(null)} busy={!!task.busy} canAdd={!unsettled} />
        </>
      )}
    </Section>
  );
}

// «Импорт резолюции»: paste the text or pick a .txt/.docx file, see what will be written
// («Показать»), confirm or change where new executor phrases belong, then write it («Добавить в свод»).
import { lazy, Suspense, useState } from "react";
import type { AddresseeMapping } from "../core/import/addressees";
import { AddOrCancel } from "./AddOrCancel";
import { localNowIso } from "./clock";
import { loadImportResolution, loadNewAddressees, loadResolutionText } from "./lazy-modules";
import { requirePort, type PaneWorkbook } from "./pane-workbook";
import { PasteOrPickFile, type PickableFile } from "./PasteOrPickFile";
import { PreviewList } from "./PreviewList";
import { previewView } from "./preview-view";
import { importedMessage, saveHint } from "./result-messages";
import { Section } from "./Section";
import { TaskStatus } from "./TaskStatus";
import { useTask } from "./use-task";
import { UserFacingError } from "./user-message";

type ImportModule = Awaited<ReturnType<typeof loadImportResolution>>;
type Preview = Awaited<ReturnType<ImportModule["previewImport"]>>;

export const PASTED_SOURCE = "Вставленный текст";

const RESOLUTION_FILE: PickableFile = {
  label: "Файл резолюции (.txt или .docx)",
  testId: "resolution-file",
  accept: ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  formats: "Файлы .txt (UTF-8 или Windows-1251) и .docx.",
};

// Loaded with the preview, not at start-up (see lazy-modules.ts).
const NewAddressees = lazy(() => loadNewAddressees().then((m) => ({ default: m.NewAddressees })));

export function ImportSection({ workbook }: { workbook: PaneWorkbook }) {
  const task = useTask();
  const [text, setText] = useState("");
  const [sourceName, setSourceName] = useState(PASTED_SOURCE);
  const [preview, setPreviewState] = useState<Preview | null>(null);
  // The new executor phrases' mappings as she leaves them; they start as Svodka's suggestions.
  const [decisions, setDecisions] = useState<AddresseeMapping[]>([]);
  const setPreview = (p: Preview | null) => {
    setPreviewState(p);
    setDecisions(p ? p.plan.newAddressees : []);
  };

  const readFile = (file: File) =>
    task.run(`Читаю «${file.name}»…`, async () => {
      const { resolutionText } = await loadResolutionText();
      const content = await resolutionText(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!content.trim()) throw new UserFacingError(`В файле «${file.name}» нет текста.`);
      setText(content);
      setSourceName(file.name);
      setPreview(null);
      return null;
    });

  const show = () =>
    task.run("Разбираю документ…", async () => {
      if (!text.trim()) throw new UserFacingError("Вставьте текст резолюции или выберите файл.");
      const port = requirePort(workbook);
      const [{ previewImport }] = await Promise.all([loadImportResolution(), loadNewAddressees()]);
      setPreview(await previewImport(port, { text, sourceName }, localNowIso()));
      return null;
    });

  const apply = () =>
    task.run("Записываю в свод…", async () => {
      if (!preview) return null;
      const port = requirePort(workbook);
      const { applyImport } = await loadImportResolution();
      const result = await applyImport(port, preview, localNowIso(), decisions);
      workbook.changed();
      setPreview(null);
      return importedMessage(result.added, result.updated, result.removed) + saveHint(workbook.kind);
    });

  const view = preview ? previewView(preview.plan, preview.settingsProblems) : null;
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
        onShow={show}
        busy={!!task.busy}
      />
      <TaskStatus task={task} />
      {view && preview && (
        <>
          <PreviewList view={view} />
          {decisions.length > 0 && (
            <Suspense fallback={null}>
              <NewAddressees
                mappings={decisions}
                choices={preview.addresseeChoices}
                onChange={decide}
                disabled={!!task.busy}
              />
            </Suspense>
          )}
          <AddOrCancel onAdd={apply} onCancel={() => setPreview(null)} busy={!!task.busy} />
        </>
      )}
    </Section>
  );
}

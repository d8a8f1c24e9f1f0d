// A button that opens the file dialog through a hidden <input type="file"> (the input is what
// tests fill). The input is emptied after each pick so that picking the same file again still
// counts as a pick.
import { Button } from "@fluentui/react-components";
import { useRef, type ChangeEvent, type ReactNode } from "react";
import { usePaneStyles } from "./styles";

interface Props {
  /** The input's accessible name, e.g. «Файл свода (.xlsx)». */
  label: string;
  testId: string;
  /** What the dialog offers; any file when left out. */
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Called only when at least one file was picked. */
  onFiles(files: File[]): void;
  children: ReactNode;
}

/** The files just picked; empties the input so that the same pick next time is a change again. */
export function takePickedFiles(input: { files: ArrayLike<File> | null; value: string }): File[] {
  const files = input.files ? Array.from(input.files) : [];
  input.value = "";
  return files;
}

export function FilePickButton({ label, testId, accept, multiple, disabled, onFiles, children }: Props) {
  const styles = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = takePickedFiles(event.target);
    if (files.length) onFiles(files);
  };
  return (
    <>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-label={label}
        data-testid={testId}
        onChange={pick}
      />
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </Button>
    </>
  );
}

// «По состоянию на»: a date typed as ДД.ММ.ГГГГ, with a Russian hint when it cannot be read.
import { Field, Input } from "@fluentui/react-components";
import { badDateMessage, parseRuDate } from "./date-input";

export function DateField({ label, text, onChange, disabled }: { label: string; text: string; onChange(text: string): void; disabled?: boolean }) {
  const bad = parseRuDate(text) === null;
  return (
    <Field label={label} validationState={bad ? "error" : "none"} validationMessage={bad ? badDateMessage(text) : undefined}>
      <Input value={text} placeholder="ДД.ММ.ГГГГ" inputMode="numeric" onChange={(_, data) => onChange(data.value)} disabled={disabled} />
    </Field>
  );
}

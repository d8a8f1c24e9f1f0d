// A quarter list: «IV квартал 2024 г.» shown, «2024-Q4» meant.
import { Field, Select } from "@fluentui/react-components";
import type { PeriodOption } from "./periods-view";

export function PeriodSelect({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  options: PeriodOption[];
  onChange(value: string): void;
  disabled?: boolean;
}) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)} disabled={disabled}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

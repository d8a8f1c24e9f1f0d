// The two buttons under a preview: «Добавить в свод» writes what the preview shows, «Отмена»
// drops it.
import { Button } from "@fluentui/react-components";
import { usePaneStyles } from "./styles";

interface Props {
  onAdd(): void;
  onCancel(): void;
  busy: boolean;
  /** False when the preview has nothing that may be written. */
  canAdd?: boolean;
}

export function AddOrCancel({ onAdd, onCancel, busy, canAdd = true }: Props) {
  const styles = usePaneStyles();
  return (
    <div className={styles.row}>
      <Button appearance="primary" onClick={onAdd} disabled={busy || !canAdd}>
        Добавить в свод
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        Отмена
      </Button>
    </div>
  );
}

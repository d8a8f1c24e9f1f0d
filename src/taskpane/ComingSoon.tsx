// Actions of later releases, shown so the methodologist sees where the work goes next.
import { Badge, Button } from "@fluentui/react-components";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export const LATER_ACTIONS = ["Файлы для школ", "Загрузить отчёты", "Проверить", "Сводка за квартал"];

export function ComingSoon() {
  const styles = usePaneStyles();
  return (
    <Section title="Дальше">
      {LATER_ACTIONS.map((name) => (
        <div key={name} className={styles.row}>
          <Button disabled>{name}</Button>
          <Badge appearance="tint" color="informative">
            скоро
          </Badge>
        </div>
      ))}
    </Section>
  );
}

// One titled block of the pane.
import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneStyles } from "./styles";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

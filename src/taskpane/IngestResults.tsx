// The result of «Загрузить отчёты»: counts on top, then one card per file with its badge
// («принят», «частично», «не принят»), the rows taken, every refusal in plain Russian (orange),
// then what was taken with a remark (grey), so that real problems do not drown in notes.
import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { IngestOutcome } from "../app/ingest-reports";
import { useCardStyles } from "./card-styles";
import type { IngestFileView, IngestView } from "./ingest-view";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  refused: { borderLeft: `3px solid ${tokens.colorPaletteRedBorderActive}` },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, flexGrow: 1 },
  rows: { color: tokens.colorNeutralForeground2 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { color: tokens.colorNeutralForeground2 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export const OUTCOME_COLOR: Record<IngestOutcome, "success" | "warning" | "danger"> = { accepted: "success", partial: "warning", refused: "danger" };

function FileCard({ file }: { file: IngestFileView }) {
  const styles = useStyles();
  const cards = useCardStyles();
  const paneStyles = usePaneStyles();
  const className = mergeClasses(cards.card, file.outcome === "partial" && cards.flagged, file.outcome === "refused" && styles.refused);
  return (
    <li className={className} data-testid="ingest-file" data-outcome={file.outcome}>
      <div className={styles.head}>
        <Text size={200} className={styles.name}>
          {file.file}
        </Text>
        <Badge appearance="filled" color={OUTCOME_COLOR[file.outcome]} className={paneStyles.badge}>
          {file.label}
        </Badge>
      </div>
      {file.school && (
        <Text size={200} data-testid="ingest-school">
          Организация: {file.school}
        </Text>
      )}
      {file.rows && <Caption1 className={styles.rows}>{file.rows}</Caption1>}
      {file.reasons.length > 0 && (
        <ul className={styles.reasons}>
          {file.reasons.map((r, i) => (
            <li key={i}>
              <Caption1 className={styles.reason}>{r}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {file.notes.length > 0 && (
        <ul className={styles.reasons} aria-label="Замечания">
          {file.notes.map((n, i) => (
            <li key={i} data-testid="ingest-note">
              <Caption1 className={styles.note}>{n}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function IngestResults({ view }: { view: IngestView }) {
  const cards = useCardStyles();
  return (
    <div aria-label="Результат загрузки" className={cards.list}>
      <Text size={200} weight="semibold" block>
        {view.summary}
      </Text>
      <Text size={200} block data-testid="ingest-changes">
        {view.changes}
      </Text>
      <ul className={cards.list}>
        {view.files.map((f, i) => (
          <FileCard key={`${i}:${f.file}`} file={f} />
        ))}
      </ul>
    </div>
  );
}

// Shared layout of the pane: a single column that fits a 320–350 px task pane.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0 },
  /** Headings keep Fluent's type ramp but not the browser's default margins. */
  heading: { margin: 0 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  /** A badge beside text keeps its words on one line and its width. */
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  hiddenInput: { display: "none" },
  textarea: { width: "100%" },
});

// Remarks the methodologist should act on (unreadable settings, directives without
// organisations…): amber MessageBars under a result.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function Warnings({ items }: { items: string[] }) {
  return (
    <>
      {items.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

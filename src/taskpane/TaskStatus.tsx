// The status line of a section: a spinner while busy, then a success or error MessageBar.
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { TaskState } from "./use-task";

export function TaskStatus({ task }: { task: TaskState }) {
  if (task.busy) return <Spinner size="tiny" labelPosition="after" label={task.busy} role="status" />;
  if (task.error)
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{task.error}</MessageBarBody>
      </MessageBar>
    );
  if (task.done)
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>{task.done}</MessageBarBody>
      </MessageBar>
    );
  return null;
}

import { Text, type Key } from 'ink';

export type EditResult = { value: string; action?: 'submit' | 'cancel' };

/**
 * One key applied to a one-line prompt: printable keys and pastes append, Backspace deletes,
 * Ctrl+U clears, Enter submits, Esc cancels. Pure, so the owning view routes keys to it from its
 * single input handler (no race between two handlers while focus moves).
 */
export function editLine(value: string, input: string, key: Key): EditResult {
  if (key.return) return { value, action: 'submit' };
  if (key.escape) return { value, action: 'cancel' };
  if (key.backspace || key.delete) return { value: value.slice(0, -1) };
  if (key.ctrl && input === 'u') return { value: '' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return { value };
  // Drop control characters a paste may carry; keep the line bounded.
  const clean = input.replace(/[\u0000-\u001f\u007f]/g, '');
  return { value: (value + clean).slice(0, 500) };
}

export function PromptLine({ label, value, placeholder }: { label: string; value: string; placeholder?: string }) {
  return (
    <Text wrap="truncate-start">
      <Text bold>{label}</Text>
      {value || !placeholder ? <Text>{value}</Text> : <Text dimColor>{placeholder}</Text>}
      <Text inverse> </Text>
    </Text>
  );
}

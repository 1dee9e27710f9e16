// Inputs that show a value from the plan while the user may be typing a new one.
import type { Action } from "svelte/action";

/**
 * Shows `value` in an input, as `value={...}` would, except while the user is typing in
 * it: when the plan is read again (after another program changed it) a field that has
 * the focus and holds text the user typed keeps that text.
 */
export const shownValue: Action<HTMLInputElement, string> = (input, value) => {
  let shown = value ?? "";
  input.value = shown;
  return {
    update(next: string) {
      const typing = document.activeElement === input && input.value !== shown;
      shown = next ?? "";
      if (!typing) input.value = shown;
    },
  };
};

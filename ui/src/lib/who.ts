// The name the user typed in "Your name": kept in the window's storage, recorded with
// their check-ins, reviews and locks, and told to the core for the plan's history.

export const WHO_KEY = "cascade.who";

export function savedWho(): string {
  try {
    return globalThis.localStorage?.getItem(WHO_KEY) ?? "";
  } catch {
    return "";
  }
}

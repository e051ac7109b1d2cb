/** A mutation payload's typed errors as one message, or undefined when there are none. */
export function payloadErrors(errors: readonly { message?: string }[] | null | undefined): string | undefined {
  const messages = (errors ?? []).map((e) => e.message).filter(Boolean);
  return messages.length ? messages.join("\n") : undefined;
}

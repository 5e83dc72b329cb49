/** A message next to a field; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-2 rounded bg-bad-soft px-3 py-1.5 text-sm font-medium text-bad">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** A step's messages by field (an Answers field, or a form field such as `count.0`). */
export type FieldErrors = Partial<Record<string, string>>;

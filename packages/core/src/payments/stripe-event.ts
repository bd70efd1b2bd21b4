import { z } from 'zod';

/**
 * The fields of a webhook event's object that we read, checked before any of
 * them reaches SQL or a Date: a signed event is Stripe's (or the holder of our
 * webhook secret's), but its shape is still input. An event that does not fit
 * is refused with a 400 rather than failing deeper as a 500 that Stripe would
 * retry for days.
 */
const text = z
  .string()
  .max(255)
  .refine((s) => !s.includes('\u0000'));
const optionalText = text.nullish();
const expandable = z.union([text, z.object({ id: text }).passthrough()]).nullish();

export const webhookSession = z
  .object({
    id: text,
    url: z.string().nullish(),
    status: z.string().nullish(),
    payment_status: z.string().nullish(),
    amount_total: z.number().int().nullish(),
    currency: optionalText,
    metadata: z.object({ orderId: optionalText }).passthrough().nullish(),
    client_reference_id: optionalText,
    payment_intent: expandable,
    expires_at: z.number().int().nonnegative(),
  })
  .passthrough();

export const webhookCharge = z
  .object({
    payment_intent: expandable,
    refunded: z.boolean(),
    amount_refunded: z.number().int().nonnegative(),
  })
  .passthrough();

/** The event's `data.object` when it has the shape, else null. */
export function webhookObject<T extends z.ZodType>(event: unknown, schema: T): z.output<T> | null {
  const data = (event as { data?: { object?: unknown } } | null)?.data;
  const parsed = schema.safeParse(data?.object);
  return parsed.success ? parsed.data : null;
}

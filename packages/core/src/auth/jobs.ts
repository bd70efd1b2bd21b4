import { z } from 'zod';
import { messageIdOf } from '../mail/message-id';
import { welcomeEmail } from '../mail/templates';
import { defineJob } from '../shared/job';
import { findUser } from '../users/service';

/** The welcome e-mail after a registration; a user deleted meanwhile gets none. */
export const welcomeEmailJob = defineJob({
  name: 'mail-welcome',
  payload: z.object({ userId: z.string() }),
  async handle({ userId }, ctx) {
    const user = await findUser(ctx.db, userId);
    if (!user) return;
    await ctx.mailer.send(welcomeEmail(user, ctx.storefrontUrl), { messageId: messageIdOf(ctx.jobId) });
    ctx.log('welcome e-mail sent', { userId: user.id, jobId: ctx.jobId });
  },
});

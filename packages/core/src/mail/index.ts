export { messageIdOf } from './message-id';
export { formatMoney } from './money';
export { welcomeEmail } from './templates';
export { createMailer, type Mailer, type MailMessage, pooled } from './transport';

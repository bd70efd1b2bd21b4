export { messageIdOf } from './message-id';
export { welcomeEmail } from './templates';
export { createMailer, type Mailer, type MailMessage } from './transport';

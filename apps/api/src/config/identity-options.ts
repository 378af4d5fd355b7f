// What the identity scope needs of the configuration; the server and the command-line tools share it.
import { type IdentityOptions } from '@lovecando/identity-api';
import { type AppConfig } from './config.schema.js';

export function identityOptions(config: AppConfig): IdentityOptions {
  return {
    production: config.NODE_ENV === 'production',
    publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    signUpsPerAddressPerHour: config.SIGN_UPS_PER_ADDRESS_PER_HOUR,
  };
}

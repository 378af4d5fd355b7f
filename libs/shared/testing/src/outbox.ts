// Reads the links the platform emailed, from the outbox table, the way a member reads their mailbox.
// Some emails are written by a job after the request that asked for them has been answered (a password
// reset answers at once, whether or not the address exists), so this waits for the email to arrive.
import pg from 'pg';

export interface EmailedLink {
  url: string;
  token: string;
}

export interface WaitOptions {
  /** Only emails recorded after this instant count (a second reset must not find the first link). */
  since?: Date;
  timeoutMs?: number;
}

/** The link to `path` in the latest email to `to`, with its one-time token (from `#token=`). */
export async function waitForEmailedLink(
  databaseUrl: string,
  to: string,
  path: string,
  { since = new Date(0), timeoutMs = 10_000 }: WaitOptions = {},
): Promise<EmailedLink> {
  const pattern = new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}#token=([A-Za-z0-9_-]+)`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ text_body: string }>(
        `SELECT text_body FROM outbox_message
          WHERE lower(to_address) = lower($1) AND created_at > $2
          ORDER BY created_at DESC`,
        [to, since],
      );
      for (const { text_body: body } of rows) {
        const match = pattern.exec(body);
        if (match?.[1]) return { url: match[0], token: match[1] };
      }
      if (Date.now() > deadline) throw new Error(`no ${path} link emailed to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

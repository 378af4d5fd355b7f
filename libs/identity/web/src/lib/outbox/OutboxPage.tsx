// The development outbox: the latest emails the platform "sent", so a developer or tester can follow a
// confirmation or reset link without a mail server. Shows the text version only; the HTML version is
// never put into the page. The API shows it only to a browser on the machine running the server.
import { Alert, Button, Heading } from '@lovecando/shared-ui';
import { formatDateTime, Loading, useDocumentTitle, useUiLanguage } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { hasCode } from '../common/api-errors';
import { LoadError } from '../common/LoadError';
import { DevOutboxQuery } from '../identity.graphql';
import { Linkified } from './linkify';

/** How many emails the page shows, newest first. */
const LATEST = 20;

export function OutboxPage() {
  const { t } = useTranslation('identity');
  useDocumentTitle(t('outbox.title'));
  const [language] = useUiLanguage();
  // Emails arrive all the time: always ask the API rather than show a cached list.
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DevOutboxQuery,
    variables: { first: LATEST },
    requestPolicy: 'network-only',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let content;
  if (error && hasCode(error, 'NOT_FOUND')) {
    content = (
      <Alert tone="info" title={t('outbox.unavailableTitle')}>
        <p>{t('outbox.unavailableBody')}</p>
      </Alert>
    );
  } else if (error && hasCode(error, 'LOCAL_ONLY')) {
    content = (
      <Alert tone="info" title={t('outbox.localOnlyTitle')}>
        <p>{t('outbox.localOnlyBody')}</p>
      </Alert>
    );
  } else if (error) {
    content = <LoadError error={error} onRetry={refresh} />;
  } else if (!data) {
    content = <Loading />;
  } else if (data.devOutbox.length === 0) {
    content = <p>{t('outbox.empty')}</p>;
  } else {
    content = (
      <ol className="identity-outbox">
        {data.devOutbox.map((message) => (
          <li key={message.id}>
            <article className="identity-outbox__message" aria-labelledby={`outbox-${message.id}`}>
              <Heading level={2} id={`outbox-${message.id}`}>
                {message.subject}
              </Heading>
              <dl className="identity-facts">
                <dt>{t('outbox.to')}</dt>
                <dd>{message.to}</dd>
                <dt>{t('outbox.sentAt')}</dt>
                <dd>
                  <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
                </dd>
              </dl>
              <p className="identity-outbox__body">
                <Linkified text={message.text} />
              </p>
            </article>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <>
      <Heading level={1}>{t('outbox.heading')}</Heading>
      <p>{t('outbox.intro')}</p>
      <p>
        <Button variant="secondary" onPress={refresh} isDisabled={fetching}>
          {t('outbox.refresh')}
        </Button>
      </p>
      {content}
    </>
  );
}

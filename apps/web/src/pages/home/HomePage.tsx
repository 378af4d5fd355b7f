// Home page for people: what LoveCanDo is, how a decision is made here, what a member can do, and the
// places where policies in force and open proposals will appear (empty until those scopes exist).
import { useViewer } from '@lovecando/identity-web';
import { Heading } from '@lovecando/shared-ui';
import { useDocumentTitle } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DecisionSteps } from './DecisionSteps';
import { ComingSoonSection } from './ComingSoonSection';
import './home.css';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <div className="home">
      <section className="home-hero" aria-labelledby="home-heading">
        <Heading level={1} id="home-heading">
          {t('home.heading')}
        </Heading>
        <p className="lead">{t('home.intro')}</p>
        <StartLinks />
      </section>

      <section aria-labelledby="home-what">
        <Heading level={2} id="home-what">
          {t('home.whatHeading')}
        </Heading>
        <ul className="home-points">
          {(['own', 'together', 'explained'] as const).map((point) => (
            <li key={point} className="home-card">
              <h3 className="home-card__title">{t(`home.what.${point}Title`)}</h3>
              <p>{t(`home.what.${point}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-decision">
        <Heading level={2} id="home-decision">
          {t('home.decisionHeading')}
        </Heading>
        <p>{t('home.decisionIntro')}</p>
        <DecisionSteps />
      </section>

      <section aria-labelledby="home-member">
        <Heading level={2} id="home-member">
          {t('home.memberHeading')}
        </Heading>
        <div className="home-columns">
          <div className="home-card">
            <h3 className="home-card__title">{t('home.nowHeading')}</h3>
            <ul className="home-list home-list--now">
              <li>{t('home.now.signUp')}</li>
              <li>
                <Link to="/terms">{t('home.readTerms')}</Link>
                <br />
                <span className="home-muted">{t('home.now.terms')}</span>
              </li>
              <li>{t('home.now.profile')}</li>
            </ul>
          </div>
          <div className="home-card home-card--soon">
            <h3 className="home-card__title">{t('home.soonHeading')}</h3>
            <ul className="home-list home-list--soon">
              <li>{t('home.soon.propose')}</li>
              <li>{t('home.soon.vote')}</li>
              <li>{t('home.soon.delegate')}</li>
              <li>{t('home.soon.audit')}</li>
            </ul>
          </div>
        </div>
      </section>

      <div className="home-columns home-columns--sections">
        <ComingSoonSection
          id="home-policies"
          heading={t('home.policiesHeading')}
          message={t('home.policiesEmpty')}
          hint={t('home.policiesEmptyHint')}
        />
        <ComingSoonSection
          id="home-proposals"
          heading={t('home.proposalsHeading')}
          message={t('home.proposalsEmpty')}
          hint={t('home.proposalsEmptyHint')}
        />
      </div>
    </div>
  );
}

/**
 * Where to go next: sign up or sign in, or the profile once signed in. The box keeps its height while the
 * API says who is signed in, so the page does not move when the links appear.
 */
function StartLinks() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  return (
    <div className="home-start">
      {viewer ? (
        <Link className="lcd-button lcd-button--primary home-start__link" to="/profile">
          {t('home.profile')}
        </Link>
      ) : loading ? null : (
        <>
          <Link className="lcd-button lcd-button--primary home-start__link" to="/sign-up">
            {t('home.signUp')}
          </Link>
          <Link className="lcd-button lcd-button--secondary home-start__link" to="/sign-in">
            {t('home.signIn')}
          </Link>
        </>
      )}
    </div>
  );
}

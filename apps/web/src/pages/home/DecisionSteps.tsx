// The five steps of a decision, as an ordered list: the order is the point, so screen readers hear
// "1 of 5" and so on; the numbers drawn in circles are decoration for the eye.
import { useTranslation } from 'react-i18next';

const STEPS = ['propose', 'debate', 'vote', 'ratify', 'apply'] as const;

export function DecisionSteps() {
  const { t } = useTranslation();
  return (
    <ol className="home-steps">
      {STEPS.map((step) => (
        <li key={step} className="home-steps__step">
          <h3 className="home-steps__title">{t(`home.steps.${step}Title`)}</h3>
          <p className="home-steps__body">{t(`home.steps.${step}Body`)}</p>
        </li>
      ))}
    </ol>
  );
}

// Short confirmations that do not interrupt ("Your vote is recorded"). One polite live region stays in
// the page from the start, so screen readers announce each message as it is added; messages stay until
// the member dismisses them (no timer: WCAG 2.2.1 leaves reading time to the reader), oldest dropped
// first beyond a few. Pages call useToast().show(...); the app renders ToastProvider once.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface ToastMessage {
  id: number;
  text: string;
  tone: ToastTone;
}

export interface ToastApi {
  show: (text: string, tone?: ToastTone) => void;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** How many messages stay on screen; older ones are dropped first. */
const MAX_TOASTS = 3;

export interface ToastProviderProps {
  children: ReactNode;
  /** Accessible name of each message's close button, e.g. "Dismiss". */
  dismissLabel: string;
  /** Accessible name of the region, e.g. "Notifications". */
  regionLabel: string;
}

export function ToastProvider({ children, dismissLabel, regionLabel }: ToastProviderProps) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback((text: string, tone: ToastTone = 'info') => {
    const id = nextId.current++;
    setToasts((current) => [...current, { id, text, tone }].slice(-MAX_TOASTS));
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="lcd-toasts" aria-label={regionLabel}>
        {/* The live region is always rendered: one added only with its first message may not be heard. */}
        <ul className="lcd-toasts__list" role="status" aria-live="polite" aria-relevant="additions">
          {toasts.map((toast) => (
            <li key={toast.id} className={`lcd-toast lcd-toast--${toast.tone}`}>
              <span className="lcd-toast__text">{toast.text}</span>
              <Button
                className="lcd-toast__dismiss"
                aria-label={dismissLabel}
                onPress={() => dismiss(toast.id)}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </ToastContext.Provider>
  );
}

/** Shows and dismisses messages; must be called under a ToastProvider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be called under a ToastProvider');
  return api;
}

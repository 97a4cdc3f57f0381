import { useId, type ReactNode } from 'react';

/**
 * A term with its explanation: shown on hover and on keyboard focus of the ⓘ button, and read by
 * screen readers as the button's description.
 */
export function Explain({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <span className="explain">
      <button type="button" className="explain-button" aria-label={label} aria-describedby={id}>
        ?
      </button>
      <span role="tooltip" id={id} className="explain-text">
        {children}
      </span>
    </span>
  );
}

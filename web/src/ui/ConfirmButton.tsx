import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** Names the target for screen readers when the visible label is just "Delete". */
  ariaLabel?: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/** A destructive action that asks once more inline instead of in a modal dialog. */
export function ConfirmButton({ label, ariaLabel, confirmLabel, onConfirm, disabled }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--danger-quiet"
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={confirmLabel}>
      <button
        type="button"
        className="button button--danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}

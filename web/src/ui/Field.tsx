import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  required?: boolean;
}

interface FieldProps {
  label: string;
  /** The server's (or the form's) message for this field. */
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and error wired up for screen readers. */
export function Field({ label, error, hint, required, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {/* The control's `required` tells assistive technology; the star is for the eye only. */}
        {required ? (
          <span className="field__required" aria-hidden="true" title={t('common.required')}>
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required })}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface ChoiceGroupProps {
  legend: string;
  /** Options are a department tree: keep them in one reading order, column by column. */
  tree?: boolean;
  error?: string;
  hint?: string;
  children: ReactNode;
}

/** A fieldset of checkboxes (skills, departments) with one error for the whole set. */
export function ChoiceGroup({ legend, tree, error, hint, children }: ChoiceGroupProps) {
  const id = useId();
  return (
    <fieldset
      className={`choice-group${error ? ' field--invalid' : ''}`}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className={`choice-group__options${tree ? ' choice-group__options--tree' : ''}`}>{children}</div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  name?: string;
}

export function Checkbox({ label, checked, onChange, disabled, name }: CheckboxProps) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

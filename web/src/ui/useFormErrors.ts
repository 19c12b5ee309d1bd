import { type RefObject, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../api/api-error';

/**
 * The server's field messages for a form. A message disappears once its field is edited (it
 * spoke about the old value), and after a failed submit focus moves to the first field in error,
 * or to the error banner, so that nobody is left looking at a button that seemingly did nothing.
 */
export function useFormErrors(error: unknown, formRef: RefObject<HTMLElement | null>) {
  const { i18n } = useTranslation();
  const [edited, setEdited] = useState<{ error: unknown; fields: ReadonlySet<string> }>({
    error: null,
    fields: new Set(),
  });
  const fields = edited.error === error ? edited.fields : new Set<string>();
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(error, i18n.language)).filter(([field]) => !fields.has(field)),
  );

  const edit = useCallback(
    (field: string) =>
      setEdited((prev) => {
        const base = prev.error === error ? prev.fields : new Set<string>();
        return base.has(field) ? prev : { error, fields: new Set([...base, field]) };
      }),
    [error],
  );

  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const frame = requestAnimationFrame(() => {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return;
      if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'alert') target.tabIndex = -1;
      target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [error, formRef]);

  return { errors, edit };
}

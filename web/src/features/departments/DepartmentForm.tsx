import { DEPARTMENT_KINDS, type DepartmentKind } from '@bemanna/shared';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { buildDepartmentTree, flattenTree, indentedName, subtreeIds } from './department-tree';
import { useSaveDepartment } from './departments.queries';

const FIELDS = ['name', 'code', 'kind', 'parentId'] as const;

interface DepartmentFormProps {
  /** The department being edited, or null for a new one. */
  department: Department | null;
  /** Parent for a new department. */
  parentId: string | null;
  departments: readonly Department[];
  onDone: (saved: Department | null) => void;
}

export function DepartmentForm({ department, parentId, departments, onDone }: DepartmentFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const save = useSaveDepartment();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(save.error, formRef);
  const [name, setName] = useState(department?.name ?? '');
  const [code, setCode] = useState(department?.code ?? '');
  const [kind, setKind] = useState<DepartmentKind>(department?.kind ?? 'ward');
  const [parent, setParent] = useState<string>(department?.parentId ?? parentId ?? '');

  useEffect(() => headingRef.current?.focus(), [department?.id, parentId]);

  const parentOptions = useMemo(() => {
    const excluded = department ? subtreeIds(departments, department.id) : new Set<string>();
    return flattenTree(buildDepartmentTree(departments)).filter((n) => !excluded.has(n.department.id));
  }, [departments, department]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: department?.id ?? null,
        body: {
          name,
          code,
          kind,
          parentId: parent === '' ? null : parent,
          ...(department ? { version: department.version } : {}),
        },
      },
      { onSuccess: (saved) => onDone(saved) },
    );
  };

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="department-form-title">
      <h2 id="department-form-title" ref={headingRef} tabIndex={-1}>
        {department ? t('departments.editTitle', { name: department.name }) : t('departments.newTitle')}
      </h2>
      <ErrorBanner error={save.error} shownFields={FIELDS} />
      <Field label={t('departments.name')} error={errors.name} required>
        {(p) => (
          <input
            {...p}
            value={name}
            onChange={(e) => {
              edit('name');
              setName(e.target.value);
            }}
            maxLength={120}
          />
        )}
      </Field>
      <Field label={t('departments.code')} hint={t('departments.codeHint')} error={errors.code} required>
        {(p) => (
          <input
            {...p}
            value={code}
            onChange={(e) => {
              edit('code');
              setCode(e.target.value);
            }}
            maxLength={20}
          />
        )}
      </Field>
      <Field label={t('departments.kind')} error={errors.kind} required>
        {(p) => (
          <select
            {...p}
            value={kind}
            onChange={(e) => {
              edit('kind');
              setKind(e.target.value as DepartmentKind);
            }}
          >
            {DEPARTMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.departmentKind(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('departments.parent')} error={errors.parentId}>
        {(p) => (
          <select
            {...p}
            value={parent}
            onChange={(e) => {
              edit('parentId');
              setParent(e.target.value);
            }}
          >
            <option value="">{t('departments.noParent')}</option>
            {parentOptions.map((n) => (
              <option key={n.department.id} value={n.department.id}>
                {indentedName(n)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

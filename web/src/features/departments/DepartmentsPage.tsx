import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { type DepartmentNode, buildDepartmentTree } from './department-tree';
import { DepartmentForm } from './DepartmentForm';
import { useDeleteDepartment, useDepartments } from './departments.queries';

type Editing = { department: Department | null; parentId: string | null } | null;

export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const remove = useDeleteDepartment();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const tree = useMemo(() => buildDepartmentTree(departments.data ?? []), [departments.data]);

  const startEdit = (next: Editing) => {
    setStatus(null);
    remove.reset();
    setEditing(next);
  };

  return (
    <>
      <PageHeader
        title={t('departments.title')}
        description={t('departments.intro')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => startEdit({ department: null, parentId: null })}
          >
            {t('departments.add')}
          </button>
        }
      />
      <StatusMessage message={status} />
      <ErrorBanner error={departments.error ?? remove.error} />
      {departments.isPending ? (
        <Loading />
      ) : (
        <div className={`split${editing ? ' split--with-panel' : ''}`}>
          {editing ? (
            <div className="split__panel">
              <DepartmentForm
                key={`${editing.department?.id ?? 'new'}-${editing.parentId ?? ''}`}
                department={editing.department}
                parentId={editing.parentId}
                departments={departments.data ?? []}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) setStatus(t('departments.saved', { name: saved.name }));
                }}
              />
            </div>
          ) : null}
          <div className="split__main card">
            {tree.length === 0 ? (
              <p className="empty">{t('departments.empty')}</p>
            ) : (
              <ul className="tree" aria-label={t('departments.treeLabel')}>
                {tree.map((node) => (
                  <TreeItem
                    key={node.department.id}
                    node={node}
                    onEdit={(d) => startEdit({ department: d, parentId: null })}
                    onAddChild={(d) => startEdit({ department: null, parentId: d.id })}
                    onDelete={(d) =>
                      remove.mutate(d.id, {
                        onSuccess: () => {
                          setEditing(null);
                          setStatus(t('departments.deleted', { name: d.name }));
                        },
                      })
                    }
                  />
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </>
  );
}

interface TreeItemProps {
  node: DepartmentNode;
  onEdit: (d: Department) => void;
  onAddChild: (d: Department) => void;
  onDelete: (d: Department) => void;
}

function TreeItem({ node, onEdit, onAddChild, onDelete }: TreeItemProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const d = node.department;
  return (
    <li className="tree__item">
      <div className={`tree__row${d.isPool ? ' tree__row--pool' : ''}`}>
        <div className="tree__text">
          <span className="tree__name">{d.name}</span>
          <span className="tree__meta">
            <span className="code">{d.code}</span> · {labels.departmentKind(d.kind)}
          </span>
          {d.isPool ? <span className="badge badge--pool">{t('departments.poolBadge')}</span> : null}
        </div>
        <div className="tree__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onAddChild(d)}
            aria-label={t('departments.addChildOf', { name: d.name })}
          >
            {t('departments.addChild')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onEdit(d)}
            aria-label={t('departments.editNamed', { name: d.name })}
          >
            {t('common.edit')}
          </button>
          <ConfirmButton
            label={t('common.delete')}
            ariaLabel={t('departments.deleteNamed', { name: d.name })}
            confirmLabel={t('departments.confirmDelete', { name: d.name })}
            onConfirm={() => onDelete(d)}
          />
        </div>
      </div>
      {node.children.length > 0 ? (
        <ul className="tree__children">
          {node.children.map((child) => (
            <TreeItem
              key={child.department.id}
              node={child}
              onEdit={onEdit}
              onAddChild={onAddChild}
              onDelete={onDelete}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

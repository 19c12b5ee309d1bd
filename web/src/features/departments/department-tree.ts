import type { Department } from '../../api/client';

export interface DepartmentNode {
  department: Department;
  depth: number;
  children: DepartmentNode[];
}

const byName = (a: DepartmentNode, b: DepartmentNode) =>
  a.department.name.localeCompare(b.department.name, 'sv') || a.department.id.localeCompare(b.department.id);

/**
 * The organisation tree (hospital → clinic → ward). A department whose parent is not in the list
 * (a scheduler's view may be partial) becomes a root rather than disappearing.
 */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map(departments.map((d) => [d.id, { department: d, depth: 0, children: [] } as DepartmentNode]));
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const settle = (list: DepartmentNode[], depth: number) => {
    list.sort(byName);
    for (const n of list) {
      n.depth = depth;
      settle(n.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** Depth-first order, for indented option lists. */
export function flattenTree(roots: readonly DepartmentNode[]): DepartmentNode[] {
  const out: DepartmentNode[] = [];
  const walk = (list: readonly DepartmentNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** A department and everything below it: none of these can become its parent. */
export function subtreeIds(departments: readonly Department[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId && ids.has(d.parentId) && !ids.has(d.id)) {
        ids.add(d.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Option text with the tree depth shown as indentation (select options cannot hold markup). */
export function indentedName(node: DepartmentNode): string {
  return `${'\u2003'.repeat(node.depth)}${node.department.name}`;
}

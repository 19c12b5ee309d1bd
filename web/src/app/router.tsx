import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { ADMINS, SHIFT_TYPE_EDITORS, STAFF_READERS, STAFF_WRITERS } from '../auth/permissions';
import { MyPage } from '../features/account/MyPage';
import { DepartmentsPage } from '../features/departments/DepartmentsPage';
import { ShiftTypesPage } from '../features/shift-types/ShiftTypesPage';
import { StaffEditorPage } from '../features/staff/StaffEditorPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { UserEditorPage } from '../features/users/UserEditorPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppShell } from './AppShell';
import { RequireRole, RequireSession, StartPage } from './guards';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'me', element: <MyPage /> },
          {
            path: 'staff',
            element: (
              <RequireRole roles={STAFF_READERS}>
                <StaffListPage />
              </RequireRole>
            ),
          },
          {
            path: 'staff/new',
            element: (
              <RequireRole roles={STAFF_WRITERS}>
                <StaffEditorPage />
              </RequireRole>
            ),
          },
          {
            path: 'staff/:id',
            element: (
              <RequireRole roles={STAFF_READERS}>
                <StaffEditorPage />
              </RequireRole>
            ),
          },
          {
            path: 'shift-types',
            element: (
              <RequireRole roles={SHIFT_TYPE_EDITORS}>
                <ShiftTypesPage />
              </RequireRole>
            ),
          },
          {
            path: 'departments',
            element: (
              <RequireRole roles={ADMINS}>
                <DepartmentsPage />
              </RequireRole>
            ),
          },
          {
            path: 'users',
            element: (
              <RequireRole roles={ADMINS}>
                <UsersPage />
              </RequireRole>
            ),
          },
          {
            path: 'users/new',
            element: (
              <RequireRole roles={ADMINS}>
                <UserEditorPage />
              </RequireRole>
            ),
          },
          {
            path: 'users/:id',
            element: (
              <RequireRole roles={ADMINS}>
                <UserEditorPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import {
  ADMINS,
  ATTESTERS,
  EXCHANGE_MANAGERS,
  LEAVE_USERS,
  PAYROLL_USERS,
  ROSTER_READERS,
  SELF_SERVICE,
  SHIFT_TYPE_EDITORS,
  STAFF_READERS,
  STAFF_WRITERS,
} from '../auth/permissions';
import { prefetchRosterPage } from '../features/roster/roster-prefetch';
import { AppShell } from './AppShell';
import { RequireRole, RequireSession, StartPage } from './guards';
import { NotFoundPage } from './NotFoundPage';

// Each section is its own chunk: an employee on a phone never downloads the admin screens.
const MyPage = lazy(() => import('../features/account/MyPage').then((m) => ({ default: m.MyPage })));
const MySchedulePage = lazy(() =>
  import('../features/my-schedule/MySchedulePage').then((m) => ({ default: m.MySchedulePage })),
);
const WishesPage = lazy(() => import('../features/my-wishes/WishesPage').then((m) => ({ default: m.WishesPage })));
const LeavePage = lazy(() => import('../features/leave/LeavePage').then((m) => ({ default: m.LeavePage })));
const InboxPage = lazy(() => import('../features/inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const DepartmentsPage = lazy(() =>
  import('../features/departments/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })),
);
const ShiftTypesPage = lazy(() =>
  import('../features/shift-types/ShiftTypesPage').then((m) => ({ default: m.ShiftTypesPage })),
);
const StaffEditorPage = lazy(() =>
  import('../features/staff/StaffEditorPage').then((m) => ({ default: m.StaffEditorPage })),
);
const StaffListPage = lazy(() => import('../features/staff/StaffListPage').then((m) => ({ default: m.StaffListPage })));
const UserEditorPage = lazy(() =>
  import('../features/users/UserEditorPage').then((m) => ({ default: m.UserEditorPage })),
);
const RosterPage = lazy(() => import('../features/roster/RosterPage').then((m) => ({ default: m.RosterPage })));
const NeedsPage = lazy(() => import('../features/roster/NeedsPage').then((m) => ({ default: m.NeedsPage })));
const PayrollPage = lazy(() => import('../features/payroll/PayrollPage').then((m) => ({ default: m.PayrollPage })));
const TimeReportsPage = lazy(() =>
  import('../features/payroll/TimeReportsPage').then((m) => ({ default: m.TimeReportsPage })),
);
const MyTimePage = lazy(() => import('../features/payroll/MyTimePage').then((m) => ({ default: m.MyTimePage })));
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const SwapsPage = lazy(() => import('../features/swaps/SwapsPage').then((m) => ({ default: m.SwapsPage })));
const SwapApprovalsPage = lazy(() =>
  import('../features/swaps/SwapApprovalsPage').then((m) => ({ default: m.SwapApprovalsPage })),
);
const OpenShiftsPage = lazy(() =>
  import('../features/open-shifts/OpenShiftsPage').then((m) => ({ default: m.OpenShiftsPage })),
);
const OpenShiftsManagePage = lazy(() =>
  import('../features/open-shifts/OpenShiftsManagePage').then((m) => ({ default: m.OpenShiftsManagePage })),
);

export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <StartPage /> },
            { path: 'me', element: <MySchedulePage /> },
            { path: 'me/wishes', element: <WishesPage /> },
            { path: 'me/profile', element: <MyPage /> },
            { path: 'me/time', element: <MyTimePage /> },
            {
              path: 'swaps',
              element: (
                <RequireRole roles={SELF_SERVICE}>
                  <SwapsPage />
                </RequireRole>
              ),
            },
            {
              path: 'swaps/approvals',
              element: (
                <RequireRole roles={EXCHANGE_MANAGERS}>
                  <SwapApprovalsPage />
                </RequireRole>
              ),
            },
            {
              path: 'open-shifts',
              element: (
                <RequireRole roles={SELF_SERVICE}>
                  <OpenShiftsPage />
                </RequireRole>
              ),
            },
            {
              path: 'open-shifts/manage',
              element: (
                <RequireRole roles={EXCHANGE_MANAGERS}>
                  <OpenShiftsManagePage />
                </RequireRole>
              ),
            },
            {
              path: 'payroll',
              element: (
                <RequireRole roles={PAYROLL_USERS}>
                  <PayrollPage />
                </RequireRole>
              ),
            },
            {
              path: 'time-reports',
              element: (
                <RequireRole roles={ATTESTERS}>
                  <TimeReportsPage />
                </RequireRole>
              ),
            },
            { path: 'inbox', element: <InboxPage /> },
            {
              path: 'leave',
              element: (
                <RequireRole roles={LEAVE_USERS}>
                  <LeavePage />
                </RequireRole>
              ),
            },
            {
              path: 'roster',
              loader: () => prefetchRosterPage(queryClient, undefined),
              element: (
                <RequireRole roles={ROSTER_READERS}>
                  <RosterPage />
                </RequireRole>
              ),
            },
            {
              path: 'roster/needs',
              element: (
                <RequireRole roles={ROSTER_READERS}>
                  <NeedsPage />
                </RequireRole>
              ),
            },
            {
              path: 'roster/:periodId',
              loader: ({ params }) => prefetchRosterPage(queryClient, params.periodId),
              element: (
                <RequireRole roles={ROSTER_READERS}>
                  <RosterPage />
                </RequireRole>
              ),
            },
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

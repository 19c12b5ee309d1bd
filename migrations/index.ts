// Every migration in order. Listed explicitly (not globbed) so the compiled app, the tests and
// the TypeORM CLI all see the same set.
import { CreateFoundation1795439493754 } from './1795439493754-CreateFoundation';
import { CreateRosters1795441013933 } from './1795441013933-CreateRosters';
import { AddPublicationsAndBaseSchedules1795443539586 } from './1795443539586-AddPublicationsAndBaseSchedules';
import { AddNotifications1795443870559 } from './1795443870559-AddNotifications';
import { AddLeaveRequests1795444181921 } from './1795444181921-AddLeaveRequests';
import { AddCalendarFeeds1795444418314 } from './1795444418314-AddCalendarFeeds';
import { AddWishes1795444937794 } from './1795444937794-AddWishes';
import { AddMailOutbox1795450640458 } from './1795450640458-AddMailOutbox';
import { AddPayroll1795450783008 } from './1795450783008-AddPayroll';
import { AddShiftSwaps1795451057072 } from './1795451057072-AddShiftSwaps';
import { AddRosterGenerationRuns1795451150864 } from './1795451150864-AddRosterGenerationRuns';
import { AddScheduleSeen1795451162169 } from './1795451162169-AddScheduleSeen';
import { AddOpenShifts1795451565866 } from './1795451565866-AddOpenShifts';
import { AddLeaveReplacedShifts1795457163693 } from './1795457163693-AddLeaveReplacedShifts';
import { AddEmployeeGenerationLimits1795479083161 } from './1795479083161-AddEmployeeGenerationLimits';
import { AddDepartmentGenerationWeights1795521600000 } from './1795521600000-AddDepartmentGenerationWeights';

export const MIGRATIONS: Function[] = [
  CreateFoundation1795439493754,
  CreateRosters1795441013933,
  AddPublicationsAndBaseSchedules1795443539586,
  AddNotifications1795443870559,
  AddLeaveRequests1795444181921,
  AddCalendarFeeds1795444418314,
  AddWishes1795444937794,
  AddMailOutbox1795450640458,
  AddPayroll1795450783008,
  AddShiftSwaps1795451057072,
  AddRosterGenerationRuns1795451150864,
  AddScheduleSeen1795451162169,
  AddOpenShifts1795451565866,
  AddLeaveReplacedShifts1795457163693,
  AddEmployeeGenerationLimits1795479083161,
  AddDepartmentGenerationWeights1795521600000,
];

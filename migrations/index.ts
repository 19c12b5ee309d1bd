// Every migration in order. Listed explicitly (not globbed) so the compiled app, the tests and
// the TypeORM CLI all see the same set.
import { CreateFoundation1795439493754 } from './1795439493754-CreateFoundation';
import { CreateRosters1795441013933 } from './1795441013933-CreateRosters';
import { AddPublicationsAndBaseSchedules1795443539586 } from './1795443539586-AddPublicationsAndBaseSchedules';
import { AddNotifications1795443870559 } from './1795443870559-AddNotifications';
import { AddLeaveRequests1795444181921 } from './1795444181921-AddLeaveRequests';
import { AddCalendarFeeds1795444418314 } from './1795444418314-AddCalendarFeeds';
import { AddWishes1795444937794 } from './1795444937794-AddWishes';
import { AddRosterGenerationRuns1795451150864 } from './1795451150864-AddRosterGenerationRuns';

export const MIGRATIONS: Function[] = [
  CreateFoundation1795439493754,
  CreateRosters1795441013933,
  AddPublicationsAndBaseSchedules1795443539586,
  AddNotifications1795443870559,
  AddLeaveRequests1795444181921,
  AddCalendarFeeds1795444418314,
  AddWishes1795444937794,
  AddRosterGenerationRuns1795451150864,
];

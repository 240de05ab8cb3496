import { Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoadingState } from '../components/ui/states.tsx';
import { lazyPage } from './lazy-page.ts';
import { paths } from './paths.ts';
import { AdminLayout } from './admin-layout.tsx';
import { RequireAuth } from './guards.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

const SetupPage = lazyPage(() => import('../features/auth/setup-page.tsx'), 'SetupPage');
const SignInPage = lazyPage(() => import('../features/auth/sign-in-page.tsx'), 'SignInPage');
const InvitePage = lazyPage(() => import('../features/invitations/invite-page.tsx'), 'InvitePage');
const NetworksPage = lazyPage(() => import('../features/networks/networks-page.tsx'), 'NetworksPage');
const NetworkLayout = lazyPage(() => import('../features/networks/network-layout.tsx'), 'NetworkLayout');
const NetworkHomePage = lazyPage(() => import('../features/networks/network-home-page.tsx'), 'NetworkHomePage');
const SettingsPage = lazyPage(() => import('../features/networks/settings-page.tsx'), 'SettingsPage');
const CharterPage = lazyPage(() => import('../features/charter/charter-page.tsx'), 'CharterPage');
const CharterEditPage = lazyPage(() => import('../features/charter/edit-page.tsx'), 'CharterEditPage');
const CharterHistoryPage = lazyPage(() => import('../features/charter/history-page.tsx'), 'CharterHistoryPage');
const CharterComparePage = lazyPage(() => import('../features/charter/compare-page.tsx'), 'CharterComparePage');
const CharterVersionPage = lazyPage(() => import('../features/charter/version-page.tsx'), 'CharterVersionPage');
const PlanLayout = lazyPage(() => import('../features/plan/plan-layout.tsx'), 'PlanLayout');
const PlanIndex = lazyPage(() => import('../features/plan/plan-index.tsx'), 'PlanIndex');
const DiagramPage = lazyPage(() => import('../features/plan/diagram/diagram-page.tsx'), 'DiagramPage');
const ActionsPage = lazyPage(() => import('../features/plan/actions/actions-page.tsx'), 'ActionsPage');
const NewActionPage = lazyPage(() => import('../features/plan/actions/action-form-pages.tsx'), 'NewActionPage');
const EditActionPage = lazyPage(() => import('../features/plan/actions/action-form-pages.tsx'), 'EditActionPage');
const ActionDetailPage = lazyPage(() => import('../features/plan/actions/action-detail-page.tsx'), 'ActionDetailPage');
const PlanReviewPage = lazyPage(() => import('../features/plan/review/review-page.tsx'), 'ReviewPage');
const PlanSnapshotPage = lazyPage(() => import('../features/plan/review/snapshot-page.tsx'), 'SnapshotPage');
const CyclesPage = lazyPage(() => import('../features/cycles/list/cycles-page.tsx'), 'CyclesPage');
const NewCyclePage = lazyPage(() => import('../features/cycles/form/new-cycle-page.tsx'), 'NewCyclePage');
const CyclePage = lazyPage(() => import('../features/cycles/cycle/cycle-page.tsx'), 'CyclePage');
const RampsPage = lazyPage(() => import('../features/cycles/ramps/ramps-page.tsx'), 'RampsPage');
const RampPage = lazyPage(() => import('../features/cycles/ramps/ramp-page.tsx'), 'RampPage');
const IndicatorLayout = lazyPage(() => import('../features/indicator/indicator-layout.tsx'), 'IndicatorLayout');
const IndicatorPage = lazyPage(() => import('../features/indicator/overview/overview-page.tsx'), 'IndicatorPage');
const IndicatorEditPage = lazyPage(() => import('../features/indicator/definition/edit-page.tsx'), 'IndicatorEditPage');
const IndicatorDataPage = lazyPage(() => import('../features/indicator/data/data-page.tsx'), 'DataPage');
const IndicatorImportPage = lazyPage(() => import('../features/indicator/data/import-page.tsx'), 'ImportPage');
const IndicatorEquityPage = lazyPage(() => import('../features/indicator/equity/equity-page.tsx'), 'EquityPage');
const PeoplePage = lazyPage(() => import('../features/people/people-page.tsx'), 'PeoplePage');
const OrganizationsPage = lazyPage(() => import('../features/organizations/organizations-page.tsx'), 'OrganizationsPage');
const InvitationsPage = lazyPage(() => import('../features/invitations/invitations-page.tsx'), 'InvitationsPage');
const NetworkActivityPage = lazyPage(() => import('../features/audit/network-activity-page.tsx'), 'NetworkActivityPage');
const AdminActivityPage = lazyPage(() => import('../features/audit/admin-activity-page.tsx'), 'AdminActivityPage');
const AdminUsersPage = lazyPage(() => import('../features/admin/admin-users-page.tsx'), 'AdminUsersPage');
const QuickLogPage = lazyPage(() => import('../features/cycles/quick-log/quick-log-page.tsx'), 'QuickLogPage');
const MeetingsPage = lazyPage(() => import('../features/meetings/meetings-page.tsx'), 'MeetingsPage');
const NewMeetingPage = lazyPage(() => import('../features/meetings/meeting-form-pages.tsx'), 'NewMeetingPage');
const EditMeetingPage = lazyPage(() => import('../features/meetings/meeting-form-pages.tsx'), 'EditMeetingPage');
const MeetingPage = lazyPage(() => import('../features/meetings/meeting-page.tsx'), 'MeetingPage');
const ReportsPage = lazyPage(() => import('../features/reports/reports-page.tsx'), 'ReportsPage');
const ReportPage = lazyPage(() => import('../features/reports/report-page.tsx'), 'ReportPage');
const ReportComposerPage = lazyPage(() => import('../features/reports/composer-page.tsx'), 'ReportComposerPage');
const PublicLayout = lazyPage(() => import('../features/public/public-layout.tsx'), 'PublicLayout');
const PublicHomePage = lazyPage(() => import('../features/public/public-home-page.tsx'), 'PublicHomePage');
const PublicReportPage = lazyPage(() => import('../features/public/public-report-page.tsx'), 'PublicReportPage');
const AccountPage = lazyPage(() => import('../features/account/account-page.tsx'), 'AccountPage');
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx'), 'NotFoundPage');

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    // The community impact pages: no sign-in, no app header, only their own data.
    path: paths.impact.pattern,
    element: page(PublicLayout),
    errorElement: <RouteError />,
    children: [
      { index: true, element: page(PublicHomePage) },
      { path: paths.impactReport.pattern, element: page(PublicReportPage) },
    ],
  },
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.setup.pattern, element: page(SetupPage) },
      { path: paths.signIn.pattern, element: page(SignInPage) },
      { path: paths.invite.pattern, element: page(InvitePage) },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: page(NetworksPage) },
          { path: paths.account.pattern, element: page(AccountPage) },
          {
            path: paths.network.pattern,
            element: page(NetworkLayout),
            children: [
              { index: true, element: page(NetworkHomePage) },
              {
                path: paths.charter.pattern,
                children: [
                  { index: true, element: page(CharterPage) },
                  { path: paths.charterEdit.pattern, element: page(CharterEditPage) },
                  { path: paths.charterHistory.pattern, element: page(CharterHistoryPage) },
                  { path: paths.charterCompare.pattern, element: page(CharterComparePage) },
                  { path: paths.charterVersion.pattern, element: page(CharterVersionPage) },
                ],
              },
              {
                path: paths.plan.pattern,
                element: page(PlanLayout),
                children: [
                  { index: true, element: page(PlanIndex) },
                  { path: paths.planDiagram.pattern, element: page(DiagramPage) },
                  { path: paths.actions.pattern, element: page(ActionsPage) },
                  { path: paths.newAction.pattern, element: page(NewActionPage) },
                  { path: paths.action.pattern, element: page(ActionDetailPage) },
                  { path: paths.editAction.pattern, element: page(EditActionPage) },
                  { path: paths.planReview.pattern, element: page(PlanReviewPage) },
                  { path: paths.planSnapshot.pattern, element: page(PlanSnapshotPage) },
                ],
              },
              {
                path: paths.cycles.pattern,
                children: [
                  { index: true, element: page(CyclesPage) },
                  { path: paths.newCycle.pattern, element: page(NewCyclePage) },
                  { path: paths.ramps.pattern, element: page(RampsPage) },
                  { path: paths.ramp.pattern, element: page(RampPage) },
                  { path: paths.cycle.pattern, element: page(CyclePage) },
                ],
              },
              {
                path: paths.indicator.pattern,
                element: page(IndicatorLayout),
                children: [
                  { index: true, element: page(IndicatorPage) },
                  { path: paths.indicatorEdit.pattern, element: page(IndicatorEditPage) },
                  { path: paths.indicatorData.pattern, element: page(IndicatorDataPage) },
                  { path: paths.indicatorImport.pattern, element: page(IndicatorImportPage) },
                  { path: paths.indicatorEquity.pattern, element: page(IndicatorEquityPage) },
                ],
              },
              { path: paths.people.pattern, element: page(PeoplePage) },
              { path: paths.invitations.pattern, element: page(InvitationsPage) },
              { path: paths.organizations.pattern, element: page(OrganizationsPage) },
              { path: paths.settings.pattern, element: page(SettingsPage) },
              { path: paths.activity.pattern, element: page(NetworkActivityPage) },
              { path: paths.quickLog.pattern, element: page(QuickLogPage) },
              {
                path: paths.meetings.pattern,
                children: [
                  { index: true, element: page(MeetingsPage) },
                  { path: paths.newMeeting.pattern, element: page(NewMeetingPage) },
                  { path: paths.meeting.pattern, element: page(MeetingPage) },
                  { path: paths.editMeeting.pattern, element: page(EditMeetingPage) },
                ],
              },
              {
                path: paths.reports.pattern,
                children: [
                  { index: true, element: page(ReportsPage) },
                  { path: paths.report.pattern, element: page(ReportPage) },
                  { path: paths.editReport.pattern, element: page(ReportComposerPage) },
                ],
              },
            ],
          },
          {
            path: paths.admin.pattern,
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to={paths.adminUsers.href()} replace /> },
              { path: paths.adminUsers.pattern, element: page(AdminUsersPage) },
              { path: paths.adminActivity.pattern, element: page(AdminActivityPage) },
            ],
          },
        ],
      },
      { path: '*', element: page(NotFoundPage) },
    ],
  },
]);

import { Suspense, type ReactElement } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '../components/ui/states.tsx';
import { lazyPage, type LazyPage } from './lazy-page.ts';
import { paths } from './paths.ts';
import { RequireAuth } from './guards.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

const SetupPage = lazyPage(() => import('../features/auth/setup-page.tsx'), 'SetupPage', ['auth']);
const SignInPage = lazyPage(() => import('../features/auth/sign-in-page.tsx'), 'SignInPage', ['auth']);
const ForgotPasswordPage = lazyPage(() => import('../features/auth/forgot-password-page.tsx'), 'ForgotPasswordPage', ['auth']);
const ResetPasswordPage = lazyPage(() => import('../features/auth/reset-password-page.tsx'), 'ResetPasswordPage', ['auth']);
const InvitePage = lazyPage(() => import('../features/invitations/invite-page.tsx'), 'InvitePage', ['invitations']);
const NetworksPage = lazyPage(() => import('../features/networks/networks-page.tsx'), 'NetworksPage', ['networks']);
const NetworkLayout = lazyPage(() => import('../features/networks/network-layout.tsx'), 'NetworkLayout', ['networks']);
const NetworkHomePage = lazyPage(() => import('../features/networks/network-home-page.tsx'), 'NetworkHomePage', ['networks', 'indicator', 'qi']);
const SettingsPage = lazyPage(() => import('../features/networks/settings-page.tsx'), 'SettingsPage', ['networks']);
const CharterPage = lazyPage(() => import('../features/charter/charter-page.tsx'), 'CharterPage', ['charter']);
const CharterEditPage = lazyPage(() => import('../features/charter/edit-page.tsx'), 'CharterEditPage', ['charter']);
const CharterHistoryPage = lazyPage(() => import('../features/charter/history-page.tsx'), 'CharterHistoryPage', ['charter']);
const CharterComparePage = lazyPage(() => import('../features/charter/compare-page.tsx'), 'CharterComparePage', ['charter']);
const CharterVersionPage = lazyPage(() => import('../features/charter/version-page.tsx'), 'CharterVersionPage', ['charter']);
const PlanLayout = lazyPage(() => import('../features/plan/plan-layout.tsx'), 'PlanLayout', ['plan']);
const PlanIndex = lazyPage(() => import('../features/plan/plan-index.tsx'), 'PlanIndex', ['plan']);
const DiagramPage = lazyPage(() => import('../features/plan/diagram/diagram-page.tsx'), 'DiagramPage', ['plan']);
const ActionsPage = lazyPage(() => import('../features/plan/actions/actions-page.tsx'), 'ActionsPage', ['plan']);
const NewActionPage = lazyPage(() => import('../features/plan/actions/action-form-pages.tsx'), 'NewActionPage', ['plan']);
const EditActionPage = lazyPage(() => import('../features/plan/actions/action-form-pages.tsx'), 'EditActionPage', ['plan']);
const ActionDetailPage = lazyPage(() => import('../features/plan/actions/action-detail-page.tsx'), 'ActionDetailPage', ['plan']);
const PlanReviewPage = lazyPage(() => import('../features/plan/review/review-page.tsx'), 'ReviewPage', ['plan']);
const PlanSnapshotPage = lazyPage(() => import('../features/plan/review/snapshot-page.tsx'), 'SnapshotPage', ['plan']);
const CyclesPage = lazyPage(() => import('../features/cycles/list/cycles-page.tsx'), 'CyclesPage', ['cycles']);
const NewCyclePage = lazyPage(() => import('../features/cycles/form/new-cycle-page.tsx'), 'NewCyclePage', ['cycles']);
const CyclePage = lazyPage(() => import('../features/cycles/cycle/cycle-page.tsx'), 'CyclePage', ['cycles']);
const RampsPage = lazyPage(() => import('../features/cycles/ramps/ramps-page.tsx'), 'RampsPage', ['cycles']);
const RampPage = lazyPage(() => import('../features/cycles/ramps/ramp-page.tsx'), 'RampPage', ['cycles']);
const IndicatorLayout = lazyPage(() => import('../features/indicator/indicator-layout.tsx'), 'IndicatorLayout', ['indicator', 'qi']);
const IndicatorPage = lazyPage(() => import('../features/indicator/overview/overview-page.tsx'), 'IndicatorPage', ['indicator', 'qi']);
const IndicatorEditPage = lazyPage(() => import('../features/indicator/definition/edit-page.tsx'), 'IndicatorEditPage', ['indicator', 'qi']);
const IndicatorDataPage = lazyPage(() => import('../features/indicator/data/data-page.tsx'), 'DataPage', ['indicator', 'qi']);
const IndicatorImportPage = lazyPage(() => import('../features/indicator/data/import-page.tsx'), 'ImportPage', ['indicator', 'qi']);
const IndicatorEquityPage = lazyPage(() => import('../features/indicator/equity/equity-page.tsx'), 'EquityPage', ['indicator', 'qi']);
const IndicatorMeasuresPage = lazyPage(() => import('../features/indicator/measures/measures-page.tsx'), 'MeasuresPage', ['indicator']);
const NewMeasurePage = lazyPage(() => import('../features/indicator/measures/new-measure-page.tsx'), 'NewMeasurePage', ['indicator', 'qi']);
const MeasureLayout = lazyPage(() => import('../features/indicator/measures/measure-layout.tsx'), 'MeasureLayout', ['indicator', 'qi']);
const PeoplePage = lazyPage(() => import('../features/people/people-page.tsx'), 'PeoplePage', ['people']);
const OrganizationsPage = lazyPage(() => import('../features/organizations/organizations-page.tsx'), 'OrganizationsPage', ['organizations']);
const InvitationsPage = lazyPage(() => import('../features/invitations/invitations-page.tsx'), 'InvitationsPage', ['invitations']);
const NetworkActivityPage = lazyPage(() => import('../features/audit/network-activity-page.tsx'), 'NetworkActivityPage', ['audit']);
const AdminActivityPage = lazyPage(() => import('../features/audit/admin-activity-page.tsx'), 'AdminActivityPage', ['audit']);
const AdminPartnershipPage = lazyPage(() => import('../features/admin/admin-partnership-page.tsx'), 'AdminPartnershipPage', ['admin']);
const AdminMailPage = lazyPage(() => import('../features/admin/admin-mail-page.tsx'), 'AdminMailPage', ['admin']);
const AdminUsersPage = lazyPage(() => import('../features/admin/admin-users-page.tsx'), 'AdminUsersPage', ['admin']);
const QuickLogPage = lazyPage(() => import('../features/cycles/quick-log/quick-log-page.tsx'), 'QuickLogPage', ['cycles']);
const MeetingsPage = lazyPage(() => import('../features/meetings/meetings-page.tsx'), 'MeetingsPage', ['meetings']);
const NewMeetingPage = lazyPage(() => import('../features/meetings/meeting-form-pages.tsx'), 'NewMeetingPage', ['meetings']);
const EditMeetingPage = lazyPage(() => import('../features/meetings/meeting-form-pages.tsx'), 'EditMeetingPage', ['meetings']);
const MeetingPage = lazyPage(() => import('../features/meetings/meeting-page.tsx'), 'MeetingPage', ['meetings', 'networks', 'indicator', 'qi']);
const LiveBoardPage = lazyPage(() => import('../features/meetings/live-board-page.tsx'), 'LiveBoardPage', ['meetings']);
const ReportsPage = lazyPage(() => import('../features/reports/reports-page.tsx'), 'ReportsPage', ['reports', 'report', 'qi']);
const ReportPage = lazyPage(() => import('../features/reports/report-page.tsx'), 'ReportPage', ['reports', 'report', 'qi']);
const ReportComposerPage = lazyPage(() => import('../features/reports/composer-page.tsx'), 'ReportComposerPage', ['reports', 'report', 'qi']);
const PublicLayout = lazyPage(() => import('../features/public/public-layout.tsx'), 'PublicLayout', ['public', 'report', 'qi']);
const PublicHomePage = lazyPage(() => import('../features/public/public-home-page.tsx'), 'PublicHomePage', ['public', 'report', 'qi']);
const PublicReportPage = lazyPage(() => import('../features/public/public-report-page.tsx'), 'PublicReportPage', ['public', 'report', 'qi']);
const ReportCardPage = lazyPage(() => import('../features/public/report-card-page.tsx'), 'ReportCardPage', ['public', 'report', 'qi']);
const AccountPage = lazyPage(() => import('../features/account/account-page.tsx'), 'AccountPage', ['account']);
const NotificationsPage = lazyPage(() => import('../features/notifications/notifications-page.tsx'), 'NotificationsPage', ['notifications']);
const LibraryPage = lazyPage(() => import('../features/library/library-page.tsx'), 'LibraryPage', ['library']);
const PartnershipDashboardPage = lazyPage(() => import('../features/partnership/dashboard-page.tsx'), 'PartnershipDashboardPage', ['partnership', 'indicator', 'qi']);
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx'), 'NotFoundPage');
// Its tab bar's "More" menu brings Radix: only administrators pay for it, when they open it.
const AdminLayout = lazyPage(() => import('./admin-layout.tsx'), 'AdminLayout', ['admin']);

// Each route element's page, so the first page's code can be asked for before the router renders.
const pageOf = new WeakMap<ReactElement, LazyPage>();

function page(Page: LazyPage) {
  const element = (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
  pageOf.set(element, Page);
  return element;
}

const routes: RouteObject[] = [
  {
    // The partnership's report card: public like the network pages it gathers.
    path: paths.reportCard.pattern,
    element: page(PublicLayout),
    errorElement: <RouteError />,
    children: [{ index: true, element: page(ReportCardPage) }],
  },
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
    // A meeting's live board, for the projector: signed-in members only, and no app chrome.
    path: paths.meetingLive.pattern,
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [{ index: true, element: page(LiveBoardPage) }],
  },
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.setup.pattern, element: page(SetupPage) },
      { path: paths.signIn.pattern, element: page(SignInPage) },
      { path: paths.forgotPassword.pattern, element: page(ForgotPasswordPage) },
      { path: paths.resetPassword.pattern, element: page(ResetPasswordPage) },
      { path: paths.invite.pattern, element: page(InvitePage) },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: page(NetworksPage) },
          { path: paths.account.pattern, element: page(AccountPage) },
          { path: paths.notifications.pattern, element: page(NotificationsPage) },
          { path: paths.library.pattern, element: page(LibraryPage) },
          { path: paths.partnership.pattern, element: page(PartnershipDashboardPage) },
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
                  {
                    path: paths.indicatorMeasures.pattern,
                    children: [
                      { index: true, element: page(IndicatorMeasuresPage) },
                      { path: paths.newMeasure.pattern, element: page(NewMeasurePage) },
                      {
                        // A measure beside the outcome has the outcome's pages, read and written through its id.
                        path: paths.measure.pattern,
                        element: page(MeasureLayout),
                        children: [
                          { index: true, element: page(IndicatorPage) },
                          { path: paths.measureEdit.pattern, element: page(IndicatorEditPage) },
                          { path: paths.measureData.pattern, element: page(IndicatorDataPage) },
                          { path: paths.measureImport.pattern, element: page(IndicatorImportPage) },
                          { path: paths.measureEquity.pattern, element: page(IndicatorEquityPage) },
                        ],
                      },
                    ],
                  },
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
            element: page(AdminLayout),
            children: [
              { index: true, element: <Navigate to={paths.adminUsers.href()} replace /> },
              { path: paths.adminUsers.pattern, element: page(AdminUsersPage) },
              { path: paths.adminActivity.pattern, element: page(AdminActivityPage) },
              { path: paths.adminMail.pattern, element: page(AdminMailPage) },
              { path: paths.adminPartnership.pattern, element: page(AdminPartnershipPage) },
            ],
          },
        ],
      },
      { path: '*', element: page(NotFoundPage) },
    ],
  },
];

export const router = createBrowserRouter(routes);

/**
 * Starts loading the code and catalogues of every page the address shows (a layout and its page)
 * at once, while the session is asked for, instead of one after the other as each renders.
 */
export function preloadPages(pathname: string): Promise<unknown> {
  return Promise.allSettled((matchRoutes(routes, pathname) ?? []).map((match) => pageOf.get(match.route.element as ReactElement)?.preload()));
}

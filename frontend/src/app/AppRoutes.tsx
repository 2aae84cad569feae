import { Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { SignInPage, useSession } from '../features/auth';
import { AvailabilityPage, CarePage, FollowUpPage, MemberCareCard, ProviderSessionsPage } from '../features/care';
import { CaseDetailPage, ClearanceQueuePage, MemberClearanceCard } from '../features/clearance';
import { ConsentsPage } from '../features/consent';
import { EmployerHome, TeamPage } from '../features/employer';
import { EnrolmentPage } from '../features/enrolment';
import { InvitationPage, ProviderInvitationPage } from '../features/invitations';
import { MemberDetailsPage, MemberHome } from '../features/member';
import { EmployerDetailPage, LicencesPage, NewEmployerPage, PlatformHome, ProviderInvitationsPage } from '../features/platform';
import { EmployerViewPage, PrivacyPage } from '../features/privacy';
import { ProviderHome } from '../features/provider';
import { MemberReferralCard, ReferralDetailPage, ReferralQueuePage, TherapistPage } from '../features/referral';
import {
  MemberEmployerReport,
  PrintReportPage,
  ReportsCard,
  ReportsOverviewPage,
  ReportsPage,
} from '../features/reporting';
import { QuestionnaireSequence, ScoresPage, ScreeningPage } from '../features/screening';
import {
  AnnouncementPage,
  EditProgrammePage,
  NewProgrammePage,
  ProgrammeDetailPage,
  ProgrammesPage,
  ProgrammesSummary,
  StatementPage,
} from '../features/sponsorship';
import { WelcomePage } from '../features/welcome';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './pages';
import { HomeRedirect, RoleRoute } from './RoleRoute';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/sign-in" element={<AppFrame><SignInPage /></AppFrame>} />
      <Route path="/privacy" element={<AppFrame><PrivacyPage /></AppFrame>} />
      <Route path="/privacy/employer-view" element={<AppFrame><EmployerViewPage /></AppFrame>} />
      <Route path="/invitations/:token" element={<AppFrame><InvitationPage /></AppFrame>} />
      <Route path="/invitations/provider/:token" element={<AppFrame><ProviderInvitationPage /></AppFrame>} />
      <Route path="/welcome" element={<AppFrame><WelcomePage /></AppFrame>} />
      <Route path="/enrol" element={<AppFrame><EnrolmentRoute /></AppFrame>} />
      <Route path="/enroll" element={<Navigate to="/enrol" replace />} />

      <Route path="/admin" element={<RoleRoute role="PLATFORM_ADMIN">{() => <PlatformHome />}</RoleRoute>} />
      <Route path="/admin/employers/new" element={<RoleRoute role="PLATFORM_ADMIN">{() => <NewEmployerPage />}</RoleRoute>} />
      <Route path="/admin/employers/:id" element={<RoleRoute role="PLATFORM_ADMIN">{() => <EmployerDetailPage />}</RoleRoute>} />
      <Route path="/admin/licences" element={<RoleRoute role="PLATFORM_ADMIN">{() => <LicencesPage />}</RoleRoute>} />
      <Route path="/admin/licenses" element={<Navigate to="/admin/licences" replace />} />
      <Route path="/admin/providers" element={<RoleRoute role="PLATFORM_ADMIN">{() => <ProviderInvitationsPage />}</RoleRoute>} />
      <Route path="/admin/reports" element={<RoleRoute role="PLATFORM_ADMIN">{() => <ReportsOverviewPage />}</RoleRoute>} />

      <Route
        path="/hr"
        element={
          <RoleRoute role="HR_ADMIN">
            {(user) => (
              <EmployerHome employerName={user.employer?.displayName}>
                <ProgrammesSummary />
                <ReportsCard />
              </EmployerHome>
            )}
          </RoleRoute>
        }
      />
      <Route path="/hr/team" element={<RoleRoute role="HR_ADMIN">{() => <TeamPage />}</RoleRoute>} />
      <Route path="/hr/reports" element={<RoleRoute role="HR_ADMIN">{() => <ReportsPage />}</RoleRoute>} />
      <Route path="/hr/reports/print" element={<RoleRoute role="HR_ADMIN">{() => <PrintReportPage />}</RoleRoute>} />
      <Route path="/hr/programmes" element={<RoleRoute role="HR_ADMIN">{() => <ProgrammesPage />}</RoleRoute>} />
      <Route path="/hr/programmes/new" element={<RoleRoute role="HR_ADMIN">{() => <NewProgrammePage />}</RoleRoute>} />
      <Route path="/hr/programmes/:id" element={<RoleRoute role="HR_ADMIN">{() => <ProgrammeDetailPage />}</RoleRoute>} />
      <Route path="/hr/programmes/:id/edit" element={<RoleRoute role="HR_ADMIN">{() => <EditProgrammePage />}</RoleRoute>} />
      <Route
        path="/hr/programmes/:id/announcement"
        element={
          <RoleRoute role="HR_ADMIN">
            {(user) => <AnnouncementPage employerName={user.employer?.displayName ?? ''} />}
          </RoleRoute>
        }
      />
      <Route
        path="/hr/programmes/:id/statements/:period"
        element={<RoleRoute role="HR_ADMIN">{() => <StatementPage />}</RoleRoute>}
      />

      <Route
        path="/member"
        element={
          <RoleRoute role="MEMBER">
            {() => (
              <MemberHome>
                <MemberClearanceCard />
                <MemberReferralCard />
                <MemberCareCard />
              </MemberHome>
            )}
          </RoleRoute>
        }
      />
      <Route path="/member/details" element={<RoleRoute role="MEMBER">{() => <MemberDetailsPage />}</RoleRoute>} />
      <Route path="/member/consents" element={<RoleRoute role="MEMBER">{() => <ConsentsPage />}</RoleRoute>} />
      <Route path="/member/screening" element={<RoleRoute role="MEMBER">{() => <ScreeningPage />}</RoleRoute>} />
      <Route path="/member/scores" element={<RoleRoute role="MEMBER">{() => <ScoresPage />}</RoleRoute>} />
      <Route path="/member/therapist" element={<RoleRoute role="MEMBER">{() => <TherapistPage />}</RoleRoute>} />
      <Route path="/member/care" element={<RoleRoute role="MEMBER">{() => <CarePage />}</RoleRoute>} />
      <Route
        path="/member/follow-up/:timepoint"
        element={
          <RoleRoute role="MEMBER">
            {/* The follow-up asks the screening questionnaires again, with the timepoint. */}
            {() => <FollowUpPage questionnaires={(props) => <QuestionnaireSequence {...props} />} />}
          </RoleRoute>
        }
      />
      <Route
        path="/member/employer-view"
        element={
          <RoleRoute role="MEMBER">
            {/* Only a signed-in member sees the published report itself; the public page loads nothing. */}
            {() => (
              <EmployerViewPage>
                <MemberEmployerReport />
              </EmployerViewPage>
            )}
          </RoleRoute>
        }
      />
      <Route path="/provider" element={<RoleRoute role="PROVIDER">{() => <ProviderHome />}</RoleRoute>} />
      <Route path="/provider/clearance" element={<RoleRoute role="PROVIDER">{() => <ClearanceQueuePage />}</RoleRoute>} />
      <Route path="/provider/clearance/:id" element={<RoleRoute role="PROVIDER">{() => <CaseDetailPage />}</RoleRoute>} />
      <Route path="/provider/referrals" element={<RoleRoute role="PROVIDER">{() => <ReferralQueuePage />}</RoleRoute>} />
      <Route path="/provider/referrals/:id" element={<RoleRoute role="PROVIDER">{() => <ReferralDetailPage />}</RoleRoute>} />
      <Route path="/provider/availability" element={<RoleRoute role="PROVIDER">{() => <AvailabilityPage />}</RoleRoute>} />
      <Route path="/provider/sessions" element={<RoleRoute role="PROVIDER">{() => <ProviderSessionsPage />}</RoleRoute>} />
      <Route path="*" element={<AppFrame><NotFoundPage /></AppFrame>} />
    </Routes>
  );
}

/** Enrolment ends signed in: the app hands the session's sign-in to the enrolment feature. */
function EnrolmentRoute() {
  const session = useSession();
  const navigate = useNavigate();
  return <EnrolmentPage signIn={session.signInWith} onSignedIn={() => navigate('/member', { replace: true })} />;
}

import { Route, Routes } from 'react-router-dom';
import { SignInPage } from '../features/auth';
import { EmployerHome } from '../features/employer';
import { MemberHome } from '../features/member';
import { PlatformHome } from '../features/platform';
import { PrivacyPage } from '../features/privacy';
import { ProviderHome } from '../features/provider';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './pages';
import { HomeRedirect, RoleRoute } from './RoleRoute';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomeRedirect />} />
      <Route path="/sign-in" element={<AppFrame><SignInPage /></AppFrame>} />
      <Route path="/privacy" element={<AppFrame><PrivacyPage /></AppFrame>} />
      <Route path="/admin" element={<RoleRoute role="PLATFORM_ADMIN">{() => <PlatformHome />}</RoleRoute>} />
      <Route
        path="/hr"
        element={<RoleRoute role="HR_ADMIN">{(user) => <EmployerHome employerName={user.employer?.displayName} />}</RoleRoute>}
      />
      <Route path="/member" element={<RoleRoute role="MEMBER">{() => <MemberHome />}</RoleRoute>} />
      <Route path="/provider" element={<RoleRoute role="PROVIDER">{() => <ProviderHome />}</RoleRoute>} />
      <Route path="*" element={<AppFrame><NotFoundPage /></AppFrame>} />
    </Routes>
  );
}

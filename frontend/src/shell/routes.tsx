// Client routes. Pages load lazily so the first load carries only the shell.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireSession } from '../accounts/RequireSession';
import { AppShell } from './AppShell';

const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const TendersPage = lazy(() =>
  import('../tenders/TendersPage').then((m) => ({ default: m.TendersPage })),
);
const TenderDetailPage = lazy(() =>
  import('../tenders/TenderDetailPage').then((m) => ({ default: m.TenderDetailPage })),
);
const TenderWizardPage = lazy(() =>
  import('../tenders/wizard/TenderWizardPage').then((m) => ({ default: m.TenderWizardPage })),
);
const MyTendersPage = lazy(() =>
  import('../tenders/MyTendersPage').then((m) => ({ default: m.MyTendersPage })),
);
const ContractPage = lazy(() =>
  import('../tenders/ContractPage').then((m) => ({ default: m.ContractPage })),
);
const NotificationsPage = lazy(() =>
  import('../notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const VendorsPage = lazy(() =>
  import('../firms/VendorsPage').then((m) => ({ default: m.VendorsPage })),
);
const ParksPage = lazy(() => import('../parks/ParksPage').then((m) => ({ default: m.ParksPage })));
const ParkDetailPage = lazy(() =>
  import('../parks/ParkDetailPage').then((m) => ({ default: m.ParkDetailPage })),
);
const ManageParksPage = lazy(() =>
  import('../parks/ManageParksPage').then((m) => ({ default: m.ManageParksPage })),
);
const EditParkPage = lazy(() =>
  import('../parks/EditParkPage').then((m) => ({ default: m.EditParkPage })),
);
const ParkLevelsPage = lazy(() =>
  import('../parks/ParkLevelsPage').then((m) => ({ default: m.ParkLevelsPage })),
);
const VendorDetailPage = lazy(() =>
  import('../firms/VendorDetailPage').then((m) => ({ default: m.VendorDetailPage })),
);
const VendorProfilePage = lazy(() =>
  import('../firms/VendorProfilePage').then((m) => ({ default: m.VendorProfilePage })),
);
const VerificationQueuePage = lazy(() =>
  import('../firms/VerificationQueuePage').then((m) => ({ default: m.VerificationQueuePage })),
);
const StatisticsPage = lazy(() =>
  import('../statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);
const ApplyForSpacePage = lazy(() =>
  import('../tenancy/ApplyForSpacePage').then((m) => ({ default: m.ApplyForSpacePage })),
);
const MyLeasesPage = lazy(() =>
  import('../tenancy/MyLeasesPage').then((m) => ({ default: m.MyLeasesPage })),
);
const ParkLeasesPage = lazy(() =>
  import('../tenancy/ParkLeasesPage').then((m) => ({ default: m.ParkLeasesPage })),
);
const SavedSearchesPage = lazy(() =>
  import('../matching/SavedSearchesPage').then((m) => ({ default: m.SavedSearchesPage })),
);
const SignInPage = lazy(() =>
  import('../accounts/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const RegisterPage = lazy(() =>
  import('../accounts/RegisterPage').then((m) => ({ default: m.RegisterPage })),
);
const AcceptInvitationPage = lazy(() =>
  import('../accounts/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })),
);
const AccountPage = lazy(() =>
  import('../accounts/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const MembersPage = lazy(() =>
  import('../accounts/MembersPage').then((m) => ({ default: m.MembersPage })),
);
const AuditPage = lazy(() =>
  import('../accounts/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const VendorSubsidiesPage = lazy(() =>
  import('../subsidies/VendorSubsidiesPage').then((m) => ({ default: m.VendorSubsidiesPage })),
);
const ManageSubsidiesPage = lazy(() =>
  import('../subsidies/ManageSubsidiesPage').then((m) => ({ default: m.ManageSubsidiesPage })),
);
const NotFoundPage = lazy(() =>
  import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route path="tenders" element={<TendersPage />} />
        <Route path="tenders/:id" element={<TenderDetailPage />} />
        <Route path="vendors" element={<VendorsPage />} />
        <Route path="vendors/:id" element={<VendorDetailPage />} />
        <Route path="parks" element={<ParksPage />} />
        <Route path="parks/:id" element={<ParkDetailPage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="invitations/:token" element={<AcceptInvitationPage />} />
        <Route element={<RequireSession />}>
          <Route path="account" element={<AccountPage />} />
          <Route path="tenders/new" element={<TenderWizardPage />} />
          <Route path="tenders/:id/edit" element={<TenderWizardPage />} />
          <Route path="my/tenders" element={<MyTendersPage />} />
          <Route path="contracts/:id" element={<ContractPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="saved-searches" element={<SavedSearchesPage />} />
          <Route path="organisation/members" element={<MembersPage />} />
          <Route path="organisation/audit" element={<AuditPage />} />
          <Route path="manage/parks" element={<ManageParksPage />} />
          <Route path="manage/parks/:id" element={<EditParkPage />} />
          <Route path="manage/parks/:id/leases" element={<ParkLeasesPage />} />
          <Route path="parks/:id/apply" element={<ApplyForSpacePage />} />
          <Route path="my/leases" element={<MyLeasesPage />} />
          <Route path="manage/vendor-profile" element={<VendorProfilePage />} />
          <Route path="authority/certifications" element={<VerificationQueuePage />} />
          <Route path="authority/parks" element={<ParkLevelsPage />} />
          <Route path="subsidies" element={<VendorSubsidiesPage />} />
          <Route path="manage/subsidies" element={<ManageSubsidiesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

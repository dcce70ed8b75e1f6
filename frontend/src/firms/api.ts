// Typed calls to the vendor, certification and document endpoints, through the one API client.
import type { Page } from '../accounts/types';
import { query } from '../parks/api';
import { api } from '../shared/api';
import type {
  CertificationInput,
  CertificationStatus,
  CertificationView,
  DocumentInfo,
  OwnProfile,
  ProfileInput,
  VendorDetail,
  VendorFilter,
  VendorSummary,
} from './types';

const segment = encodeURIComponent;

export const firmsApi = {
  directory: (filter: VendorFilter) =>
    api.get<Page<VendorSummary>>(`/api/vendors?${query({ ...filter })}`),
  vendor: (id: string) => api.get<VendorDetail>(`/api/vendors/${segment(id)}`),

  ownProfile: () => api.get<OwnProfile>('/api/vendor-profile'),
  saveProfile: (input: ProfileInput) => api.put<OwnProfile>('/api/vendor-profile', input),
  addCertification: (input: CertificationInput) =>
    api.post<CertificationView>('/api/vendor-profile/certifications', input),
  updateCertification: (id: string, input: CertificationInput) =>
    api.put<CertificationView>(`/api/vendor-profile/certifications/${segment(id)}`, input),
  deleteCertification: (id: string) =>
    api.delete<void>(`/api/vendor-profile/certifications/${segment(id)}`),

  queue: (status: CertificationStatus, search: string, page: number, size: number) =>
    api.get<Page<CertificationView>>(
      `/api/certifications?${query({ status, search: search.trim() || undefined, page, size })}`,
    ),
  verify: (id: string) => api.post<CertificationView>(`/api/certifications/${segment(id)}/verify`),
  reject: (id: string, reason: string) =>
    api.post<CertificationView>(`/api/certifications/${segment(id)}/reject`, { reason }),

  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.post<DocumentInfo>('/api/documents', form);
  },
  download: (documentId: string) =>
    api.get<Blob>(`/api/documents/${segment(documentId)}/content`, { blob: true }),
};

/** Opens a document the user may read in a new tab (the download needs the session's token). */
export async function openDocument(documentId: string): Promise<void> {
  const blob = await firmsApi.download(documentId);
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

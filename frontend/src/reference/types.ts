// Reference data as the backend serves it: the capability taxonomy and the client industries.

export interface Capability {
  code: string;
  group: string;
  nameZh: string;
  nameEn: string;
}

export interface CapabilityGroup {
  code: string;
  nameZh: string;
  nameEn: string;
  capabilities: Capability[];
}

export interface Taxonomy {
  version: number;
  groups: CapabilityGroup[];
}

export interface Industry {
  code: string;
  nameZh: string;
  nameEn: string;
}

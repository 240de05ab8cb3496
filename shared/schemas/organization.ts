import { z } from 'zod';

export const SECTORS = [
  'education',
  'nonprofit',
  'business',
  'government',
  'philanthropy',
  'health',
  'faith',
  'community_family',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  education: 'Education',
  nonprofit: 'Nonprofit',
  business: 'Business',
  government: 'Government',
  philanthropy: 'Philanthropy',
  health: 'Health',
  faith: 'Faith',
  community_family: 'Community and family',
};

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter the organization’s name')
  .max(120, 'Keep the name under 120 characters');

export const organizationCreateInput = z.object({
  name: organizationNameSchema,
  sector: z.enum(SECTORS, { message: 'Choose a sector' }),
});

export { DashboardLoading as default } from '@/components/ui/dashboard-loading';

// Only the dashboards wait behind a skeleton: a loading boundary above a corpus's layout would send the page
// (status 200) before the layout could answer 404 for a corpus that does not exist.
export { DashboardLoading as default } from '@/components/ui/dashboard-loading';

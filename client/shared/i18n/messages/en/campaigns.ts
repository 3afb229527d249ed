// Campaigns: the list, a campaign's screen and its panels, the new and edit forms, the schedule (client/admin/campaigns/). ICU MessageFormat.
export default {};

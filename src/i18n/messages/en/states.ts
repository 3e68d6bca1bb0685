/** English, the `states` section: `<member-states-badge>`, and the participants of `<event-card>`. */
export default {
  label: 'Member states',
  count: { one: '{n} member state', other: '{n} member states' },
  status: { member: 'Member state', suspended: 'Membership suspended', observer: 'Observer' },
} as const;

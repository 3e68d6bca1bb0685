/** English, the `states` section: `<member-states-badge>`, and the participants of `<event-card>`. */
export default {
  label: 'Member states',
  count: { one: '{n} member state', other: '{n} member states' },
  status: { member: 'Member state', suspended: 'Membership suspended', observer: 'Observer' },
  /**
   * The member states' short official names, as the CSTO writes them (`Kyrgyz Republic`,
   * `Russian Federation`); their order is the built-in list's (src/data/member-states.ts).
   */
  names: {
    AM: 'Armenia',
    BY: 'Belarus',
    KZ: 'Kazakhstan',
    KG: 'Kyrgyz Republic',
    RU: 'Russian Federation',
    TJ: 'Tajikistan',
  },
} as const;

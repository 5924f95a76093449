// English texts of the console. react-admin's own texts come from
// ra-language-english; this file adds the resource names, field labels and
// the console's messages under `alg`.

export const en = {
  resources: {
    campaigns: {
      name: 'Campaign |||| Campaigns',
      fields: {
        name: 'Name',
        status: 'Status',
        outcome: 'Outcome',
        ecosystem: { name: 'Ecosystem' },
        interaction: { name: 'Interaction', kind: 'Interaction kind' },
        ecosystemId: 'Ecosystem',
        registrantEcosystem: 'Ecosystem of new registrants',
        cost: 'Cost',
        activationTarget: 'Activation target',
        destinationUrl: 'Destination URL',
        fallbackUrl: 'Fallback URL',
        allowedHosts: 'Allowed hosts',
        attributionWindowDays: 'Attribution window (days)',
        invitationWindowDays: 'Invitation window (days)',
        shareKit: { network: 'Network', template: 'Post template' },
        launchedAt: 'Launched',
        endedAt: 'Ended',
        createdAt: 'Created',
      },
    },
    participants: {
      name: 'Participant |||| Participants',
      fields: {
        email: 'E-mail',
        name: 'Name',
        firstName: 'First name',
        lastName: 'Last name',
        title: 'Job title',
        company: 'Company',
        ecosystems: 'Ecosystems',
        ecosystemId: 'Ecosystem',
        lineage: {
          origin: 'Origin',
          sourceCampaignId: 'Source campaign',
          sourceAdvocateId: 'Referring advocate',
        },
        createdAt: 'Created',
      },
    },
    ecosystems: {
      name: 'Ecosystem |||| Ecosystems',
      notifications: {
        created: 'Ecosystem created',
      },
      fields: {
        name: 'Name',
        kind: 'Kind',
        partnerName: 'Partner',
        createdAt: 'Created',
      },
    },
    interactions: {
      name: 'Interaction |||| Interactions',
      fields: {
        name: 'Name',
        kind: 'Kind',
        venue: 'Venue',
        startsAt: 'Starts',
        endsAt: 'Ends',
        timeZone: 'Time zone',
        createdAt: 'Created',
      },
    },
  },
  alg: {
    app: {
      title: 'Advocacy-led growth console',
    },
    login: {
      api_key: 'API key',
      api_key_helper: 'Starts with alg_ and is shown once when the key is created.',
      hint: 'Sign in with an API key of your organization.',
      submit: 'Sign in',
      gateway: 'Gateway: %{url}',
      invalid_format: 'This is not an API key: keys look like alg_ followed by 12 and then 32 letters or digits.',
      signed_out: 'You are signed out.',
    },
    errors: {
      network: 'Could not reach the gateway at %{url}. Check that it is running and that config.js points at it.',
      http: 'The gateway at %{url} returned HTTP %{status} without a GraphQL response.',
      graphql: '%{message}',
      graphql_with_code: '%{message} (%{code})',
    },
    common: {
      none: '—',
      retry: 'Retry',
    },
    campaigns: {
      share_kit: {
        title: 'Share kit',
        empty: 'This campaign has no post templates.',
      },
      metrics: {
        title: 'Metrics',
        loading: 'Loading metrics',
        unavailable: 'Metrics unavailable',
        empty: 'No metrics have been recorded for this campaign yet.',
        target_met: 'Activation target met',
        target_not_met: 'Activation target not met yet',
        fields: {
          invited: 'Invited',
          activated: 'Activated',
          activationRate: 'Activation rate',
          activationTarget: 'Activation target',
          targetMet: 'Target met',
          shares: 'Shares',
          potentialReach: 'Potential reach',
          clicks: 'Clicks',
          uniqueClicks: 'Unique clicks',
          previews: 'Link previews',
          conversions: 'Conversions',
          registrations: 'Registrations',
          costPerRegistration: 'Cost per registration',
          currency: 'Currency',
        },
      },
      leaderboard: {
        title: 'Leaderboard',
        loading: 'Loading the leaderboard',
        unavailable: 'Leaderboard unavailable',
        empty: 'No advocate has earned points in this campaign yet.',
        fields: {
          rank: 'Rank',
          name: 'Advocate',
          email: 'E-mail',
          points: 'Points',
        },
      },
    },
    participants: {
      no_ecosystems: 'Not a member of any ecosystem',
      lineage: {
        title: 'Lineage',
      },
    },
    ecosystems: {
      campaigns: 'Campaigns',
      participants: 'Members',
      partner_name_helper: 'Owning partner, for a partner network.',
    },
    enums: {
      CampaignStatus: {
        DRAFT: 'Draft',
        SCHEDULED: 'Scheduled',
        LIVE: 'Live',
        ENDED: 'Ended',
      },
      CampaignOutcome: {
        LEAD_GENERATION: 'Lead generation',
        EVENT_REGISTRATION: 'Event registration',
        CONTENT_SYNDICATION: 'Content syndication',
        PIPELINE_INFLUENCE: 'Pipeline influence',
        EVANGELISM_AND_BRANDING: 'Evangelism and branding',
        ATTENDEE_ENGAGEMENT: 'Attendee engagement',
      },
      EcosystemKind: {
        BUYERS_AND_PROSPECTS: 'Buyers and prospects',
        USER_COMMUNITY: 'User community',
        PARTNER_NETWORK: 'Partner network',
        ONLINE_COMMUNITIES: 'Online communities',
        EMPLOYEES: 'Employees',
        EVENT_ATTENDEES: 'Event attendees',
      },
      InteractionKind: {
        EVENT: 'Event',
        PRODUCT_LAUNCH: 'Product launch',
        COMMUNITY_MEETUP: 'Community meetup',
        CERTIFICATION_OR_COURSE: 'Certification or course',
        INTERNAL_PROGRAM: 'Internal program',
        ALWAYS_ON: 'Always on',
      },
      EventVenue: {
        VIRTUAL: 'Virtual',
        PHYSICAL: 'In person',
        HYBRID: 'Hybrid',
      },
      ParticipantOrigin: {
        IMPORT: 'Import',
        API: 'API',
        CONVERSION: 'Conversion',
        COMPLETION: 'Completion',
      },
      Network: {
        LINKEDIN: 'LinkedIn',
        X: 'X',
        FACEBOOK: 'Facebook',
        EMAIL: 'E-mail',
      },
    },
  },
};

export type ConsoleMessages = typeof en;

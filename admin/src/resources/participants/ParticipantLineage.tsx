import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, ReferenceField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { EnumField } from '../../fields/EnumField';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import type { Participant, PersonRef } from '../../graphql/types';
import { QueryState } from '../../ui/QueryState';

const LINEAGE_QUERY = `query ParticipantLineage($id: ID!) {
  lineageGraph(participantId: $id, maxDepth: 2, first: 200) {
    truncated
    nodes { participant { id } generation recruits firstSharedAt }
    edges { joinedAt advocate { id email firstName lastName } participant { id email firstName lastName } campaign { id name } }
  }
}`;

interface LineageData {
  lineageGraph: {
    truncated: boolean;
    nodes: Array<{ participant: { id: string }; generation: number; recruits: number; firstSharedAt: string | null }>;
    edges: Array<{
      joinedAt: string;
      advocate: PersonRef;
      participant: PersonRef;
      campaign: { id: string; name: string } | null;
    }>;
  };
}

function Recruits({ participantId }: { participantId: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const query = useGatewayQuery<LineageData>(['participant-lineage', participantId], LINEAGE_QUERY, {
    id: participantId,
  });
  return (
    <QueryState query={query} unavailableTitle="alg.participants.lineage_unavailable">
      {({ lineageGraph }) => {
        const self = lineageGraph.nodes.find((node) => node.participant.id === participantId);
        const recruits = lineageGraph.edges.filter((edge) => edge.advocate.id === participantId);
        return (
          <Box data-testid="participant-recruits">
            <Typography variant="body2">
              {translate('alg.participants.generation', {
                generation: self?.generation ?? 0,
                recruits: self?.recruits ?? 0,
              })}
            </Typography>
            {self?.firstSharedAt ? (
              <Typography variant="body2" color="text.secondary">
                {translate('alg.participants.first_shared', { date: format.dateTime(self.firstSharedAt) })}
              </Typography>
            ) : null}
            {recruits.length > 0 ? (
              <List dense>
                {recruits.map((edge) => (
                  <ListItem key={edge.participant.id} disableGutters>
                    <ListItemText
                      primary={
                        <Link to={createPath({ resource: 'participants', id: edge.participant.id, type: 'show' })}>
                          {personName(edge.participant) || edge.participant.email}
                        </Link>
                      }
                      secondary={translate('alg.participants.recruited_via', {
                        campaign: edge.campaign?.name ?? translate('alg.common.none'),
                        date: format.date(edge.joinedAt),
                      })}
                    />
                  </ListItem>
                ))}
              </List>
            ) : null}
          </Box>
        );
      }}
    </QueryState>
  );
}

/** Shows where the participant came from, and whom they brought in through their links. */
export function ParticipantLineage() {
  const translate = useTranslate();
  const record = useRecordContext<Participant>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1.5, width: '100%' }} data-testid="participant-lineage">
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.participants.fields.lineage.origin')}
        </Typography>
        <Box>
          <EnumField source="lineage.origin" enumName="ParticipantOrigin" />
        </Box>
      </Box>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.participants.fields.lineage.sourceCampaignId')}
        </Typography>
        <Box>
          <ReferenceField
            source="lineage.sourceCampaignId"
            reference="campaigns"
            link="show"
            emptyText="alg.common.none"
          />
        </Box>
      </Box>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.participants.fields.lineage.sourceAdvocateId')}
        </Typography>
        <Box>
          <ReferenceField
            source="lineage.sourceAdvocateId"
            reference="participants"
            link="show"
            emptyText="alg.common.none"
          />
        </Box>
      </Box>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.participants.fields.lineage.sourceImportId')}
        </Typography>
        <Box>
          <ReferenceField source="lineage.sourceImportId" reference="imports" link="show" emptyText="alg.common.none" />
        </Box>
      </Box>
      <Typography variant="subtitle1" component="h3">
        {translate('alg.participants.recruits')}
      </Typography>
      <Recruits participantId={record.id} />
    </Box>
  );
}

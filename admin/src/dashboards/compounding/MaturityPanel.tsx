import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Box,
  LinearProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import { QueryState } from '../../ui/QueryState';
import { MATURITY_QUERY, type MaturityCriterion, type MaturityLevel } from './compoundingQueries';

/** Levels of the maturity model, in order; level 0 comes before a first campaign got a share. */
const LEVELS = [1, 2, 3] as const;

function Criterion({ criterion }: { criterion: MaturityCriterion }) {
  const translate = useTranslate();
  const format = useFormat();
  const progress = criterion.threshold > 0 ? Math.min(100, (criterion.value / criterion.threshold) * 100) : 100;
  return (
    <ListItem disableGutters>
      <ListItemIcon sx={{ minWidth: 32 }}>
        {criterion.met ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color="disabled" />}
      </ListItemIcon>
      <ListItemText
        primary={criterion.description}
        secondary={
          <Box component="span" sx={{ display: 'block' }}>
            {translate('alg.compounding.criterion_value', {
              value: format.decimal(criterion.value, 2),
              threshold: format.decimal(criterion.threshold, 2),
            })}
            {criterion.met ? null : (
              <LinearProgress variant="determinate" value={progress} sx={{ mt: 0.5 }} aria-hidden />
            )}
          </Box>
        }
        slotProps={{ secondary: { component: 'div' } }}
      />
    </ListItem>
  );
}

function Maturity({ maturity }: { maturity: MaturityLevel }) {
  const translate = useTranslate();
  return (
    <Box data-testid="maturity-panel">
      <Typography variant="h5" component="p" gutterBottom data-testid="maturity-level">
        {translate('alg.compounding.level_is', { level: maturity.level, name: maturity.name })}
      </Typography>
      <Stepper activeStep={maturity.level} alternativeLabel sx={{ my: 2 }}>
        {LEVELS.map((level) => (
          <Step key={level} completed={maturity.level >= level}>
            <StepLabel>{translate(`alg.compounding.levels.${level}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="subtitle1" component="h3">
        {translate('alg.compounding.evidence')}
      </Typography>
      {maturity.evidence.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('alg.compounding.no_evidence')}
        </Typography>
      ) : (
        <List dense>
          {maturity.evidence.map((criterion) => (
            <Criterion key={criterion.code} criterion={criterion} />
          ))}
        </List>
      )}
      {maturity.nextLevel !== null ? (
        <>
          <Typography variant="subtitle1" component="h3">
            {translate('alg.compounding.missing', { level: maturity.nextLevel })}
          </Typography>
          <List dense>
            {maturity.missing.map((criterion) => (
              <Criterion key={criterion.code} criterion={criterion} />
            ))}
          </List>
        </>
      ) : null}
    </Box>
  );
}

/** Shows the organization's maturity level, the evidence for it and what the next level needs. */
export function MaturityPanel() {
  const query = useGatewayQuery<{ maturityLevel: MaturityLevel }>(['maturity'], MATURITY_QUERY);
  return (
    <QueryState query={query} unavailableTitle="alg.compounding.maturity_unavailable">
      {(data) => <Maturity maturity={data.maturityLevel} />}
    </QueryState>
  );
}

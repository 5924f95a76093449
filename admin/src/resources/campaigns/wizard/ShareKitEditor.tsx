import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  Grid,
  IconButton,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useRef } from 'react';
import { useInput, useTranslate, ValidationError } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { enumValues } from '../../../graphql/enums';
import {
  MAX_VARIANTS_PER_NETWORK,
  type Network,
  type PlaceholderValues,
  previewPost,
  templatePlaceholders,
  unknownPlaceholders,
} from '../../../shareKit/postPreview';
import type { ShareVariantValue } from './campaignInput';
import { PostPreviewCard } from './PostPreviewCard';

/** Validates a share kit the way the service will: at least one post, known placeholders, X within 280. */
export function validateShareKit(values: PlaceholderValues) {
  return (value: unknown): string | undefined => {
    const kit = (Array.isArray(value) ? value : []) as ShareVariantValue[];
    const written = kit.filter((variant) => variant.template.trim() !== '');
    if (written.length === 0) return 'alg.share_kit.errors.empty';
    if (written.some((variant) => unknownPlaceholders(variant.template).length > 0))
      return 'alg.share_kit.errors.placeholder';
    if (written.some((variant) => !previewPost(variant.network, variant.template, values).fits))
      return 'alg.share_kit.errors.too_long';
    return undefined;
  };
}

interface VariantEditorProps {
  variant: ShareVariantValue;
  index: number;
  values: PlaceholderValues;
  onChange: (variant: ShareVariantValue) => void;
  onRemove: () => void;
}

function VariantEditor({ variant, index, values, onChange, onRemove }: VariantEditorProps) {
  const translate = useTranslate();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const networkName = translate(`alg.enums.Network.${variant.network}`);
  const unknown = unknownPlaceholders(variant.template);

  const insert = (placeholder: string) => {
    const element = field.current;
    const token = `{${placeholder}}`;
    const start = element?.selectionStart ?? variant.template.length;
    const end = element?.selectionEnd ?? variant.template.length;
    onChange({ ...variant, template: `${variant.template.slice(0, start)}${token}${variant.template.slice(end)}` });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, md: 7 }}>
        {variant.network === 'EMAIL' ? (
          <TextField
            fullWidth
            margin="dense"
            label={translate('alg.share_kit.subject', { variant: index + 1 })}
            value={variant.subject ?? ''}
            onChange={(event) => onChange({ ...variant, subject: event.target.value })}
          />
        ) : null}
        <TextField
          fullWidth
          multiline
          minRows={3}
          margin="dense"
          inputRef={field}
          label={translate('alg.share_kit.template', { network: networkName, variant: index + 1 })}
          value={variant.template}
          onChange={(event) => onChange({ ...variant, template: event.target.value })}
          error={unknown.length > 0}
          helperText={
            unknown.length > 0
              ? translate('alg.share_kit.unknown_placeholders', {
                  names: unknown.map((name) => `{${name}}`).join(', '),
                })
              : translate('alg.share_kit.template_helper')
          }
          slotProps={{ htmlInput: { 'data-testid': `template-${variant.network}-${index}` } }}
        />
        <Box
          sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}
          role="group"
          aria-label={translate('alg.share_kit.insert')}
        >
          <Typography variant="caption" color="text.secondary">
            {translate('alg.share_kit.insert')}
          </Typography>
          {templatePlaceholders.map((placeholder) => (
            <Chip
              key={placeholder}
              size="small"
              label={`{${placeholder}}`}
              onClick={() => insert(placeholder)}
              variant="outlined"
            />
          ))}
          <IconButton
            aria-label={translate('alg.share_kit.remove_variant', { variant: index + 1 })}
            onClick={onRemove}
            size="small"
            sx={{ ml: 'auto' }}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Box>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <PostPreviewCard
          network={variant.network}
          template={variant.template}
          subject={variant.subject}
          values={values}
          index={index}
        />
      </Grid>
    </Grid>
  );
}

/**
 * Edits the share kit: for each network, up to five post variants with
 * placeholder buttons, each beside a live preview and its character count.
 * The form value is the API's list of `{ network, template, subject }`.
 */
export function ShareKitEditor({ source = 'shareKit', values }: { source?: string; values: PlaceholderValues }) {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, validate: validateShareKit(values), defaultValue: [] });
  const { trigger } = useFormContext();
  const kit: ShareVariantValue[] = Array.isArray(field.value) ? field.value : [];
  const setKit = (next: ShareVariantValue[]) => {
    field.onChange(next);
    // Once the kit was found invalid, each edit checks it again, so the
    // message goes away as soon as the posts are fixed.
    if (fieldState.invalid) void trigger(source);
  };

  return (
    <Box data-testid="share-kit-editor">
      {fieldState.error?.message ? (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          <ValidationError error={fieldState.error.message} />
        </Alert>
      ) : null}
      {(enumValues.Network as readonly Network[]).map((network) => {
        const variants = kit
          .map((variant, position) => ({ variant, position }))
          .filter((entry) => entry.variant.network === network);
        const enabled = variants.length > 0;
        return (
          <Card
            key={network}
            variant="outlined"
            sx={{ mb: 2 }}
            component="section"
            aria-label={translate(`alg.enums.Network.${network}`)}
          >
            <CardContent>
              <FormControlLabel
                control={
                  <Switch
                    checked={enabled}
                    onChange={(event) =>
                      setKit(
                        event.target.checked
                          ? [...kit, { network, template: '', subject: null }]
                          : kit.filter((variant) => variant.network !== network),
                      )
                    }
                  />
                }
                label={translate('alg.share_kit.include', { network: translate(`alg.enums.Network.${network}`) })}
              />
              {variants.map(({ variant, position }, index) => (
                <VariantEditor
                  key={position}
                  variant={variant}
                  index={index}
                  values={values}
                  onChange={(next) => setKit(kit.map((current, at) => (at === position ? next : current)))}
                  onRemove={() => setKit(kit.filter((_, at) => at !== position))}
                />
              ))}
              {enabled && variants.length < MAX_VARIANTS_PER_NETWORK ? (
                <Button
                  startIcon={<AddIcon />}
                  onClick={() => setKit([...kit, { network, template: '', subject: null }])}
                >
                  {translate('alg.share_kit.add_variant')}
                </Button>
              ) : null}
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
}

import { SelectField, type SelectFieldProps } from 'react-admin';
import { enumChoices, type EnumName } from '../graphql/enums';

export interface EnumFieldProps extends Omit<SelectFieldProps, 'choices'> {
  enumName: EnumName;
}

/** Shows a GraphQL enum value through its translated label. */
export function EnumField({ enumName, ...props }: EnumFieldProps) {
  return <SelectField {...props} choices={enumChoices(enumName)} />;
}

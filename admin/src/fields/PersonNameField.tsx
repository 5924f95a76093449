import { FunctionField, type FunctionFieldProps } from 'react-admin';

interface NamedPerson {
  firstName?: string | null;
  lastName?: string | null;
}

/** Joins first and last name, skipping the parts that are missing. */
export function personName(person: NamedPerson | null | undefined): string {
  return [person?.firstName, person?.lastName].filter((part) => part != null && part !== '').join(' ');
}

export type PersonNameFieldProps = Omit<FunctionFieldProps<NamedPerson & { id: string }>, 'render'>;

/** Shows a participant's full name. */
export function PersonNameField(props: PersonNameFieldProps) {
  return <FunctionField<NamedPerson & { id: string }> {...props} render={(record) => personName(record)} />;
}

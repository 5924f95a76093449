/**
 * DDL of the tables every service keeps for the outbox and for consumer
 * idempotency. Each service's first migration runs it in its own schema.
 */
export const outboxTablesSql = [
  `create table outbox_message (
    id uuid primary key,
    sequence bigserial not null unique,
    topic text not null,
    message_key text not null,
    event jsonb not null,
    created_at timestamptz not null default now(),
    published_at timestamptz null
  )`,
  `create index outbox_message_pending_idx on outbox_message (sequence) where published_at is null`,
  `create table processed_event (
    consumer text not null,
    event_id uuid not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
  )`,
];

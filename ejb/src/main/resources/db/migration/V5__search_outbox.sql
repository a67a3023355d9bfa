-- Issue 6: indexing through a transactional outbox. A publishing transaction adds a row; the indexer takes due rows,
-- indexes the record and marks the row done, or retries later with back-off. A rolled-back transaction leaves none.
create table search_outbox (
    id               bigint generated always as identity primary key,
    tenant           varchar(40)  not null references municipality (slug),
    record_type      varchar(20)  not null,
    record_id        bigint       not null,
    created_at       timestamptz  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(1000),
    done_at          timestamptz
);
create index search_outbox_due on search_outbox (next_attempt_at) where done_at is null;

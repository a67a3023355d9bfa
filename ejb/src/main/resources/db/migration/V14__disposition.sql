-- Records management, fourth part (issue 14): disposition. Each month's eligible records are proposed in a batch;
-- the records manager reviews and approves it; executing it purges the records' content and keeps a tombstone of
-- each, listed in a signed certificate of destruction.
create table disposition_batch (
    id                  bigint generated always as identity primary key,
    tenant              varchar(40)  not null references municipality (slug),
    as_of               date         not null,
    status              varchar(12)  not null check (status in ('PROPOSED', 'APPROVED', 'EXECUTED', 'CANCELLED')),
    proposed_at         timestamptz  not null,
    proposed_by         varchar(200) not null,
    approved_at         timestamptz,
    approved_by         varchar(200),
    resolution          varchar(200),
    executed_at         timestamptz,
    executed_by         varchar(200),
    certificate_number  varchar(20),
    certificate_file_id bigint references stored_file (id),
    unique (tenant, certificate_number),
    check ((status = 'EXECUTED') = (executed_at is not null and certificate_number is not null
                                     and certificate_file_id is not null))
);

create table disposition_item (
    id            bigint generated always as identity primary key,
    batch_id      bigint        not null references disposition_batch (id),
    tenant        varchar(40)   not null references municipality (slug),
    retention_id  bigint        not null references record_retention (id),
    record_type   varchar(40)   not null,
    record_id     bigint        not null,
    title         varchar(400)  not null,
    class_code    varchar(20)   not null,
    rule_code     varchar(20)   not null,
    action        varchar(20)   not null,
    eligible_from date          not null,
    included      boolean       not null,
    exclusion     varchar(1000),
    check (included or exclusion is not null),
    unique (batch_id, retention_id)
);
create index disposition_item_batch on disposition_item (batch_id);

-- what remains of a destroyed record: its description, its files' hashes, and the authority for its destruction
create table record_tombstone (
    id                  bigint generated always as identity primary key,
    tenant              varchar(40)   not null references municipality (slug),
    record_type         varchar(40)   not null,
    record_id           bigint        not null,
    title               varchar(400)  not null,
    class_code          varchar(20)   not null,
    rule_code           varchar(20)   not null,
    sha256s             text          not null,
    batch_id            bigint        not null references disposition_batch (id),
    certificate_number  varchar(20)   not null,
    approved_by         varchar(200)  not null,
    destroyed_at        timestamptz   not null,
    unique (tenant, record_type, record_id)
);

-- a destroyed agenda revision keeps its row (numbering, the meeting's history) with no content
alter table agenda_revision add column destroyed_under varchar(20);
alter table staff_report add column destroyed_under varchar(20);
-- a purged file keeps its row (its SHA-256, size and type) with no chunks and no page texts
alter table stored_file add column purged_at timestamptz;

-- certificates of destruction are published records too (for the verification page)
alter table published_file alter column record_type type varchar(20);

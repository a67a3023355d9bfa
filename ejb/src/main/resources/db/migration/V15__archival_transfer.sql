-- Records management, fifth part (issue 14): transfers to the archives. Records whose final action is "transfer" are
-- packed as a BagIt 1.0 bag laid out as an Archivematica standard transfer, validated, released to the archives,
-- and marked transferred once the archives confirm receipt.
create table archival_transfer (
    id            bigint generated always as identity primary key,
    tenant        varchar(40)  not null references municipality (slug),
    status        varchar(12)  not null check (status in ('PREPARED', 'CONFIRMED', 'CANCELLED')),
    prepared_at   timestamptz  not null,
    prepared_by   varchar(200) not null,
    bag_file_id   bigint       not null references stored_file (id),
    bag_sha256    char(64)     not null,
    records       integer      not null check (records > 0),
    confirmed_at  timestamptz,
    confirmed_by  varchar(200),
    receipt       varchar(500),
    check ((status = 'CONFIRMED') = (confirmed_at is not null and receipt is not null))
);

create table archival_transfer_item (
    transfer_id   bigint       not null references archival_transfer (id),
    tenant        varchar(40)  not null references municipality (slug),
    retention_id  bigint       not null references record_retention (id),
    record_type   varchar(40)  not null,
    record_id     bigint       not null,
    title         varchar(400) not null,
    primary key (transfer_id, retention_id)
);

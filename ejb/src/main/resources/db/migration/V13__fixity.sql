-- Records management, third part (issue 14): fixity. A check re-hashes every stored file of a municipality against
-- the SHA-256 it was stored under; each run and each mismatch is kept (and the mismatch audited).
create table fixity_run (
    id           bigint generated always as identity primary key,
    tenant       varchar(40)  not null references municipality (slug),
    started_at   timestamptz  not null,
    finished_at  timestamptz  not null,
    files        integer      not null check (files >= 0),
    bytes        bigint       not null check (bytes >= 0),
    mismatches   integer      not null check (mismatches >= 0),
    started_by   varchar(200) not null
);
create index fixity_run_latest on fixity_run (tenant, started_at desc);

create table fixity_finding (
    id          bigint generated always as identity primary key,
    run_id      bigint        not null references fixity_run (id),
    tenant      varchar(40)   not null references municipality (slug),
    file_id     bigint        not null,
    expected    char(64)      not null,
    actual      char(64)      not null,
    expected_size bigint      not null,
    actual_size bigint        not null,
    records     varchar(1000) not null
);
create index fixity_finding_run on fixity_finding (run_id);

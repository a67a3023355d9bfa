-- Quorum foundation: municipalities (tenants), user accounts and roles, the audit chain, bodies and meetings.
-- Every tenant-owned table has a "tenant" column referencing municipality(slug); Hibernate filters on it.

create table municipality (
    slug        varchar(40)  primary key check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    name        varchar(200) not null,
    name_fr     varchar(200) not null,
    time_zone   varchar(64)  not null,
    languages   varchar(20)  not null,
    created_at  timestamptz  not null
);

create table user_account (
    id             bigint generated always as identity primary key,
    tenant         varchar(40)  not null references municipality (slug),
    username       varchar(40)  not null,
    display_name   varchar(120) not null,
    email          varchar(200) not null,
    password_hash  varchar(400) not null,
    enabled        boolean      not null,
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    unique (tenant, username)
);

create table user_role (
    user_id  bigint      not null references user_account (id) on delete cascade,
    role     varchar(40) not null check (role in ('ADMINISTRATOR', 'CLERK', 'REPORT_AUTHOR', 'COUNCILLOR', 'CHAIR',
                                                  'RECORDS_MANAGER', 'FOI_OFFICER')),
    primary key (user_id, role)
);

create table audit_head (
    tenant  varchar(40) primary key references municipality (slug),
    seq     bigint      not null,
    hash    char(64)    not null
);

create table audit_entry (
    id            bigint generated always as identity primary key,
    tenant        varchar(40)  not null references municipality (slug),
    seq           bigint       not null,
    occurred_at   timestamptz  not null,
    actor         varchar(200) not null,
    action        varchar(100) not null,
    subject_type  varchar(60)  not null,
    subject_id    varchar(200) not null,
    details       text         not null,
    prev_hash     char(64)     not null,
    hash          char(64)     not null,
    unique (tenant, seq)
);

create table body (
    id       bigint generated always as identity primary key,
    tenant   varchar(40)  not null references municipality (slug),
    name     varchar(200) not null,
    name_fr  varchar(200) not null,
    kind     varchar(40)  not null
);
create index body_tenant on body (tenant);

create table member (
    id          bigint generated always as identity primary key,
    tenant      varchar(40)  not null references municipality (slug),
    body_id     bigint       not null references body (id),
    full_name   varchar(200) not null,
    role        varchar(40)  not null,
    term_start  date         not null,
    term_end    date,
    check (term_end is null or term_end >= term_start)
);
create index member_body on member (body_id);

create table meeting (
    id         bigint generated always as identity primary key,
    tenant     varchar(40)  not null references municipality (slug),
    body_id    bigint       not null references body (id),
    title      varchar(300) not null,
    special    boolean      not null,
    starts_at  timestamptz  not null,
    location   varchar(300) not null,
    status     varchar(20)  not null
);
create index meeting_tenant_start on meeting (tenant, starts_at);

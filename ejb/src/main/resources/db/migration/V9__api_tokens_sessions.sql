-- Personal API tokens and session revocation (issue 13). A token is shown once to its owner and stored only as its
-- SHA-256 (a 256-bit random secret needs no slow hash). credentials_epoch counts the changes that end a user's
-- sessions (roles changed, account disabled, password reset): a session carries the epoch it began in.
create table api_token (
    id            bigint generated always as identity primary key,
    tenant        varchar(40)  not null references municipality (slug),
    user_id       bigint       not null references user_account (id) on delete cascade,
    name          varchar(80)  not null,
    scope         varchar(10)  not null check (scope in ('READ', 'WRITE')),
    token_hash    char(64)     not null unique,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    last_used_address varchar(64),
    revoked_at    timestamptz,
    revoked_by    varchar(200),
    revoked_because varchar(40),
    version       bigint       not null default 0
);
create index api_token_user on api_token (tenant, user_id);
alter table user_account add column credentials_epoch integer not null default 0;

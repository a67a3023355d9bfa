-- Sign-in throttling (issue 13): recent failed sign-ins per account and client address, and the last sign-in shown to
-- its user. Passwords are never stored here.
create table sign_in_attempt (
    tenant          varchar(40)  not null references municipality (slug),
    username        varchar(80)  not null,
    address         varchar(64)  not null,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    primary key (tenant, username, address)
);
alter table user_account add column last_sign_in_at timestamptz;
alter table user_account add column last_sign_in_address varchar(64);
